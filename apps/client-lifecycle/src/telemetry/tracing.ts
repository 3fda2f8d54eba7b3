import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
  type Sampler,
  type SpanProcessor,
  TraceIdRatioBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import type { TraceSampler, TracingConfig } from '../config';

/** Tracing switched on for this process; shut it down to send the last spans. */
export interface Tracing {
  shutdown(): Promise<void>;
}

export const TRACER_NAME = 'client-lifecycle';

/**
 * Registers the global tracer provider (W3C trace context, AsyncLocalStorage context), exporting
 * over OTLP/HTTP unless a processor is given (tests pass one around an in-memory exporter).
 * Off (no provider, every span a no-op) when the configuration has no endpoint.
 */
export function startTracing(config: TracingConfig | null, processor?: SpanProcessor): Tracing | null {
  if (config === null) return null;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    sampler: samplerOf(config.sampler, config.samplerRatio),
    spanProcessors: [processor ?? new BatchSpanProcessor(new OTLPTraceExporter({ url: config.tracesEndpoint }))],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}

function samplerOf(name: TraceSampler, ratio: number): Sampler {
  switch (name) {
    case 'always_on':
      return new AlwaysOnSampler();
    case 'always_off':
      return new AlwaysOffSampler();
    case 'traceidratio':
      return new TraceIdRatioBasedSampler(ratio);
    case 'parentbased_always_off':
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case 'parentbased_traceidratio':
      return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
    case 'parentbased_always_on':
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

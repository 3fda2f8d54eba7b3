import { context, INVALID_SPAN_CONTEXT, propagation, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { TRACER_NAME } from './tracing';

const tracer = () => trace.getTracer(TRACER_NAME);

/** Runs `work` in a child span of the active one; without an active span (tracing off, or background work) it just runs. */
export async function inChildSpan<T>(name: string, work: (span: Span) => Promise<T>): Promise<T> {
  if (!trace.getActiveSpan()) return work(trace.wrapSpanContext(INVALID_SPAN_CONTEXT));
  return tracer().startActiveSpan(name, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * The same object, each call of the named asynchronous methods a child span `<component>.<method>`
 * when a span is active: how a command handler, a store or a projection shows up in a request's trace.
 */
export function traced<T extends object>(component: string, target: T, methods: ReadonlyArray<keyof T & string>): T {
  const names = new Set<string | symbol>(methods);
  // Each method's wrapper made once, for as long as the target keeps the same function: every call of a store
  // method went through here, and binding or wrapping it afresh each time allocated a function per call.
  const wrappers = new Map<string | symbol, { readonly method: (...args: unknown[]) => unknown; readonly wrapper: (...args: unknown[]) => unknown }>();
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      const known = wrappers.get(property);
      if (known?.method === value) return known.wrapper;
      const method = value as (...args: unknown[]) => unknown;
      const wrapper = names.has(property)
        ? (...args: unknown[]) =>
            trace.getActiveSpan() ? inChildSpan(`${component}.${String(property)}`, async () => method.apply(object, args)) : method.apply(object, args)
        : method.bind(object);
      wrappers.set(property, { method, wrapper });
      return wrapper;
    },
  });
}

/** The W3C `traceparent` of the active span, for an event's metadata; undefined when nothing is traced. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** Express middleware: a server span per HTTP request, continuing the caller's trace from its `traceparent`. */
export const httpServerSpan = (
  request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> },
  response: { statusCode: number; once(event: 'finish' | 'close', listener: () => void): unknown },
  next: () => void,
): void => {
  const parent = propagation.extract(context.active(), request.headers);
  const span = tracer().startSpan(`${request.method ?? 'HTTP'} ${(request.url ?? '/').split('?')[0]}`, { kind: SpanKind.SERVER }, parent);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    span.setAttribute('http.response.status_code', response.statusCode);
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  response.once('finish', end);
  response.once('close', end);
  context.with(trace.setSpan(parent, span), next);
};

import { context, propagation, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { FixedClock, InMemoryClientSummaryStore, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import { ClientCommandHandler, ClientSummaryProjection, toEventMessage, type UnstampedClientCommand } from '@client-lifecycle/application';
import { AppMetrics } from '../metrics';
import { observedEventStore } from './observed-event-store';
import { StorageState } from './storage-state';
import { traced } from './traced';
import { startTracing, type Tracing, TRACER_NAME } from './tracing';

const NOW = new Date('2026-05-01T12:00:00.000Z');
const CALLER_TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const register: UnstampedClientCommand = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'ACME',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2026-01-01',
      hourlyRate: { amountMinor: 9_000, currency: 'EUR' },
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
};

describe('traces: a request is one trace from the resolver to the command handler, the store and the projection', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing;
  const clock = new FixedClock(NOW);
  const events = observedEventStore(new InMemoryEventStore(clock), new AppMetrics(), new StorageState());
  const handler = traced('ClientCommandHandler', new ClientCommandHandler(events, clock, new UuidV7Generator()), ['handle']);
  const summaries = traced('clientSummaryStore', new InMemoryClientSummaryStore(), ['commit']);
  const projection = new ClientSummaryProjection(events, summaries, clock);
  let spans: ReadableSpan[];

  beforeAll(async () => {
    tracing = startTracing(
      { serviceName: 'client-lifecycle', tracesEndpoint: 'http://unused.invalid/v1/traces', sampler: 'parentbased_always_on', samplerRatio: 1 },
      new SimpleSpanProcessor(exporter),
    )!;
    // As the HTTP layer does: the caller's traceparent is the parent of the resolver's span.
    const caller = propagation.extract(context.active(), { traceparent: CALLER_TRACEPARENT });
    await context.with(caller, () =>
      trace.getTracer(TRACER_NAME).startActiveSpan('graphql.registerClient', async (resolver) => {
        await handler.handle(register, { actor: 'crm' });
        await projection.catchUp();
        resolver.end();
      }),
    );
    spans = exporter.getFinishedSpans();
  });

  afterAll(async () => {
    await tracing.shutdown();
    trace.disable();
    propagation.disable();
    context.disable();
  });

  const span = (name: string) => {
    const found = spans.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`no span ${name} among ${spans.map((candidate) => candidate.name).join(', ')}`);
    return found;
  };
  const parentOf = (child: ReadableSpan) => child.parentSpanContext?.spanId;

  it("continues the caller's trace", () => {
    for (const each of spans) expect(each.spanContext().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(parentOf(span('graphql.registerClient'))).toBe('00f067aa0ba902b7');
  });

  it('nests the command handler under the resolver and the store under the command handler', () => {
    expect(parentOf(span('ClientCommandHandler.handle'))).toBe(span('graphql.registerClient').spanContext().spanId);
    expect(parentOf(span('eventStore.append'))).toBe(span('ClientCommandHandler.handle').spanContext().spanId);
    expect(span('eventStore.append').attributes).toMatchObject({ 'event_store.stream_id': 'client-acme', 'event_store.events': 1 });
  });

  it("shows a projection run in the request's context reading the log and committing its rows in the same trace", () => {
    expect(parentOf(span('eventStore.readAll'))).toBe(span('graphql.registerClient').spanContext().spanId);
    expect(span('clientSummaryStore.commit')).toBeDefined();
  });

  it("keeps the appender's traceparent in the event's metadata, and the relay sends it as a Kafka header", async () => {
    const [event] = await events.readStream('client-acme');
    const append = span('eventStore.append');
    expect(event.metadata.traceparent).toBe(`00-${append.spanContext().traceId}-${append.spanContext().spanId}-01`);
    expect(toEventMessage(event).headers.traceparent).toBe(event.metadata.traceparent);
  });
});

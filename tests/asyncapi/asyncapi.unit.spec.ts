import {
  AbuseSeverity,
  Archetype,
  CancellationReason,
  CLIENT_EVENT_SCHEMA_VERSION,
  clientStreamId,
  CollectionCostKind,
  ComplaintOutcome,
  ConductSignalKind,
  EndDateBasis,
  EscalationKind,
  ExcuseCategory,
  ExitCause,
  LegalActionKind,
  MeetingOutcome,
  NewWorkPolicy,
  NoticeChannel,
  PaymentKind,
  Recommendation,
  RecommendationOutcome,
  ReminderChannel,
  ReminderStep,
  RiskBand,
  ScopeClassification,
  SettlementOutcome,
  TERMINATION_EVENT_SCHEMA_VERSION,
  TerminationReason,
  terminationStreamId,
} from '@client-lifecycle/domain';
import { eventTopicOf, RELAY_TOPICS, RISK_TOPIC, toEventMessage } from '@client-lifecycle/application';
import { readAsyncApi, resolveRef } from '../support/asyncapi-document';

const document = readAsyncApi();
/** Each event topic with the event types of the domain the relay writes to it. */
const eventTopics = [
  { topic: eventTopicOf(clientStreamId('_')), trait: 'clientEvent', types: Object.keys(CLIENT_EVENT_SCHEMA_VERSION) },
  { topic: eventTopicOf(terminationStreamId('_')), trait: 'terminationEvent', types: Object.keys(TERMINATION_EVENT_SCHEMA_VERSION) },
];
const eventMessages = eventTopics.flatMap(({ topic, trait, types }) => types.map((type) => ({ topic, trait, type })));
const channelOf = (address: string) => Object.values(document.channels).find((channel) => channel.address === address);

describe('the AsyncAPI document (asyncapi.yaml)', () => {
  it('is an AsyncAPI 3.0 document', () => {
    expect(document.asyncapi).toBe('3.0.0');
  });

  it('describes every topic the relay writes, the risk topic compacted', () => {
    expect(
      Object.values(document.channels)
        .map((channel) => channel.address)
        .sort(),
    ).toEqual(RELAY_TOPICS.map((topic) => topic.name).sort());
    for (const topic of RELAY_TOPICS)
      expect(channelOf(topic.name)?.bindings?.kafka?.topicConfiguration?.['cleanup.policy']).toEqual([topic.compacted ? 'compact' : 'delete']);
  });

  // The relay keys every event by the client its payload names, so each payload requires clientId.
  it.each(eventMessages)('has a message with a payload schema for the domain event $type on $topic, keyed by client id', ({ topic, trait, type }) => {
    const message = document.components.messages[type];
    expect(message).toBeDefined();
    const payload = resolveRef(document, message.payload);
    expect(payload.type).toBe('object');
    expect(payload.required).toContain('clientId');
    expect(message.traits).toEqual([{ $ref: `#/components/messageTraits/${trait}` }]);
    expect(channelOf(topic)?.messages[type]).toEqual({ $ref: `#/components/messages/${type}` });
  });

  it.each(eventTopics)('lists on $topic no message the domain does not have', ({ topic, types }) => {
    expect(Object.keys(channelOf(topic)?.messages ?? {}).sort()).toEqual([...types].sort());
  });

  // Messages are named by the `type` header, so a name two topics shared would describe two payloads.
  it('names no event type on two topics', () => {
    const types = eventTopics.flatMap((topic) => topic.types);
    expect(new Set(types).size).toBe(types.length);
  });

  it.each([
    ['ExitCause', ExitCause],
    ['ExcuseCategory', ExcuseCategory],
    ['ReminderStep', ReminderStep],
    ['ReminderChannel', ReminderChannel],
    ['ComplaintOutcome', ComplaintOutcome],
    ['ScopeClassification', ScopeClassification],
    ['MeetingOutcome', MeetingOutcome],
    ['RecommendationOutcome', RecommendationOutcome],
    ['AbuseSeverity', AbuseSeverity],
    ['PaymentKind', PaymentKind],
    ['RiskBand', RiskBand],
    ['Recommendation', Recommendation],
    ['Archetype', Archetype],
    ['NewWorkPolicy', NewWorkPolicy],
    ['TerminationReason', TerminationReason],
    ['NoticeChannel', NoticeChannel],
    ['EndDateBasis', EndDateBasis],
    ['SettlementOutcome', SettlementOutcome],
    ['CancellationReason', CancellationReason],
    ['EscalationKind', EscalationKind],
    ['CollectionCostKind', CollectionCostKind],
    ['ConductSignalKind', ConductSignalKind],
    ['LegalActionKind', LegalActionKind],
  ])('lists exactly the values of the domain enum %s', (name, values) => {
    expect(document.components.schemas[name].enum).toEqual(Object.values(values));
  });

  it.each([
    { trait: 'clientEvent', type: 'TimeLogged', streamId: clientStreamId('acme') },
    { trait: 'terminationEvent', type: 'NoticeServed', streamId: terminationStreamId('T-1') },
  ])('documents in $trait exactly the headers the relay writes, causationId and traceparent being the only optional ones', ({ trait, type, streamId }) => {
    const message = toEventMessage({
      eventId: '0190f0a0-0000-7000-8000-000000000001',
      type,
      schemaVersion: 1,
      streamId,
      revision: 2,
      position: 9,
      occurredAt: '2026-05-01T10:00:00.000Z',
      recordedAt: '2026-05-01T10:00:01.000Z',
      data: { clientId: 'acme' },
      metadata: { correlationId: 'c-1', causationId: 'e-1', actor: 'graphql-api', traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    });
    const headers = resolveRef(document, document.components.messageTraits[trait].headers);

    expect(Object.keys(headers.properties ?? {}).sort()).toEqual(Object.keys(message.headers).sort());
    expect(message.headers.traceparent).toMatch(new RegExp(headers.properties!.traceparent.pattern!));
    expect([...(headers.required ?? [])].sort()).toEqual(
      Object.keys(message.headers)
        .filter((name) => name !== 'causationId' && name !== 'traceparent')
        .sort(),
    );
  });

  it("keys the risk topic's message by client id with its own headers", () => {
    const risk = channelOf(RISK_TOPIC);
    expect(Object.keys(risk?.messages ?? {})).toEqual(['ClientRiskAssessed']);
    expect(resolveRef(document, document.components.messages.ClientRiskAssessed.headers ?? {}).required).toEqual([
      'type',
      'schemaVersion',
      'clientId',
      'position',
    ]);
  });
});

import { eventTopicOf, partitionKeyOf, RELAY_TOPICS, RelayErrorCode, RISK_TOPIC } from './relay.topics';

describe('relay topics', () => {
  it.each([
    ['client-acme', 'client-lifecycle.client.events.v1'],
    ['client-demo-7-00001', 'client-lifecycle.client.events.v1'],
    ['termination-acme', 'client-lifecycle.termination.events.v1'],
    ['invoicing-42', 'client-lifecycle.invoicing.events.v1'],
  ])('routes stream %s to topic %s', (streamId, topic) => {
    expect(eventTopicOf(streamId)).toBe(topic);
  });

  it.each(['acme', '-acme', 'Client-acme', 'client-', 'client_acme-1'])('refuses stream id %p, which names no category, with a stable code', (streamId) => {
    expect(() => eventTopicOf(streamId)).toThrow(expect.objectContaining({ code: RelayErrorCode.UnroutableStream }));
  });

  it('keys a client event by its client id', () => {
    expect(partitionKeyOf({ streamId: 'client-demo-7-00001', data: { clientId: 'demo-7-00001', amount: 1 } })).toBe('demo-7-00001');
  });

  it('keys a termination event by the client it names, so it stays in order with that client', () => {
    expect(partitionKeyOf({ streamId: 'termination-T-9', data: { clientId: 'acme' } })).toBe('acme');
  });

  it('keys an event whose payload names no client by its stream id', () => {
    expect(partitionKeyOf({ streamId: 'termination-acme', data: { reason: 'abuse' } })).toBe('acme');
    expect(partitionKeyOf({ streamId: 'termination-acme', data: null })).toBe('acme');
  });

  it('puts risk on one compacted, versioned topic of the client category', () => {
    expect(RISK_TOPIC).toBe('client-lifecycle.client.risk.v1');
  });

  it('lists the topics it writes today, only the risk topic compacted', () => {
    expect(RELAY_TOPICS).toEqual([
      { name: 'client-lifecycle.client.events.v1', compacted: false },
      { name: 'client-lifecycle.termination.events.v1', compacted: false },
      { name: 'client-lifecycle.client.risk.v1', compacted: true },
    ]);
  });
});

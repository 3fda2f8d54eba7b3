import { ERASED } from '@client-lifecycle/domain';
import type { EventToAppend } from '@client-lifecycle/ports';
import { anEvent, CONTRACT_NOW, describeEventStoreContract } from '@client-lifecycle/testing';
import { FixedClock } from '../clock';
import { InMemoryDataKeyStore } from '../data-keys';
import { InMemoryEventStore } from '../event-store/memory';
import { ClientDataKeys } from './client-data-keys';
import { MasterKey } from './master-key';
import { PersonalDataEventStore } from './personal-data.event-store';

describeEventStoreContract('personal-data decorator over in-memory', {
  create: async () =>
    new PersonalDataEventStore(new InMemoryEventStore(new FixedClock(CONTRACT_NOW)), new ClientDataKeys(new InMemoryDataKeyStore(), MasterKey.generate())),
});

const complaint = (clientId: string, text: string): EventToAppend =>
  anEvent({ type: 'ComplaintFiled', data: { clientId, complaintId: 'k-1', subject: 'Invoice 12 is wrong', text, disputedInvoiceId: 'inv-12' } });
const payment = (clientId: string): EventToAppend =>
  anEvent({
    type: 'PaymentRecorded',
    data: {
      clientId,
      paymentId: 'p-1',
      invoiceId: 'inv-12',
      amount: { amountMinor: 12_000, currency: 'EUR' },
      paidOn: '2026-02-27',
      kind: 'FULL',
      openBalanceAfter: { amountMinor: 0, currency: 'EUR' },
    },
  });

describe('personal data in the event log', () => {
  let inner: InMemoryEventStore;
  let keyStore: InMemoryDataKeyStore;
  let master: MasterKey;
  let keys: ClientDataKeys;
  let store: PersonalDataEventStore;

  beforeEach(() => {
    inner = new InMemoryEventStore(new FixedClock(CONTRACT_NOW));
    keyStore = new InMemoryDataKeyStore();
    master = MasterKey.generate();
    keys = new ClientDataKeys(keyStore, master);
    store = new PersonalDataEventStore(inner, keys);
  });

  it('is stored encrypted and read in clear', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Jane Roe called twice, +33 6 12 34 56 78')], { expectedVersion: 0 });

    const [stored] = await inner.readStream('client-c-1');
    expect(JSON.stringify(stored.data)).not.toMatch(/Jane Roe|\+33|Invoice 12/);
    expect(stored.data).toMatchObject({ clientId: 'c-1', complaintId: 'k-1', disputedInvoiceId: 'inv-12' });
    const [read] = await store.readStream('client-c-1');
    expect(read.data).toMatchObject({ subject: 'Invoice 12 is wrong', text: 'Jane Roe called twice, +33 6 12 34 56 78' });
  });

  it('reads as erased once the client is forgotten, amounts and ids unchanged', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Jane Roe'), payment('c-1')], { expectedVersion: 0 });
    await keys.forget('c-1', '2026-03-02T00:00:00.000Z');

    const [filed, paid] = await new PersonalDataEventStore(inner, new ClientDataKeys(keyStore, master)).readAll({ after: 0, maxCount: 10 });
    expect(filed.data).toEqual({ clientId: 'c-1', complaintId: 'k-1', subject: ERASED, text: ERASED, disputedInvoiceId: 'inv-12' });
    expect(paid.data).toMatchObject({ amount: { amountMinor: 12_000, currency: 'EUR' } });
  });

  it('stores the personal fields of a forgotten client erased, never in clear', async () => {
    await keys.forget('c-1', '2026-03-02T00:00:00.000Z');
    const result = await store.append('client-c-1', [complaint('c-1', 'Jane Roe')], { expectedVersion: 'any' });

    const [stored] = await inner.readStream('client-c-1');
    expect(stored.data).toMatchObject({ subject: ERASED, text: ERASED });
    expect(result.events[0].data).toMatchObject({ subject: ERASED, text: ERASED });
  });

  it('keeps one client readable when another is forgotten', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Jane Roe')], { expectedVersion: 0 });
    await store.append('client-c-2', [complaint('c-2', 'John Doe')], { expectedVersion: 0 });
    await keys.forget('c-1', '2026-03-02T00:00:00.000Z');

    expect((await store.readStream('client-c-2'))[0].data).toMatchObject({ text: 'John Doe' });
  });

  it('reads after a master key rotation, with the old master retired once every key is rewrapped', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Jane Roe')], { expectedVersion: 0 });
    const next = MasterKey.generate();

    expect(await new ClientDataKeys(keyStore, next, [master]).rotate()).toBe(1);

    const [read] = await new PersonalDataEventStore(inner, new ClientDataKeys(keyStore, next)).readStream('client-c-1');
    expect(read.data).toMatchObject({ text: 'Jane Roe' });
  });

  it('holds a bounded number of keys, and reads a client whose key it dropped from the key store again', async () => {
    const bounded = new ClientDataKeys(keyStore, master, [], { maxHeld: 2 });
    const sealed = new PersonalDataEventStore(inner, bounded);
    for (const clientId of ['c-1', 'c-2', 'c-3']) await sealed.append(`client-${clientId}`, [complaint(clientId, `${clientId} text`)], { expectedVersion: 0 });

    expect(bounded.heldCount).toBe(2);
    expect((await sealed.readStream('client-c-1'))[0].data).toMatchObject({ text: 'c-1 text' });
    expect(bounded.heldCount).toBe(2);
  });

  it('learns of an erasure recorded by another process from the event, though it still held the key', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Jane Roe')], { expectedVersion: 0 });
    expect(keys.heldKey('c-1')).toBeTruthy();
    // Another process forgets the client: its key store row and its event, not this process's memory.
    await new ClientDataKeys(keyStore, master).forget('c-1', '2026-03-02T00:00:00.000Z');
    await inner.append('client-c-1', [anEvent({ type: 'ClientForgotten', data: { clientId: 'c-1', reason: 'request 7', forgottenOn: '2026-03-02' } })], {
      expectedVersion: 1,
    });

    const [filed] = await store.readStream('client-c-1');

    expect(filed.data).toMatchObject({ text: ERASED });
    expect(keys.heldKey('c-1')).toBeNull();
  });

  it('encrypts two fields of the same value differently (a fresh IV each)', async () => {
    await store.append('client-c-1', [complaint('c-1', 'Invoice 12 is wrong')], { expectedVersion: 0 });

    const [stored] = await inner.readStream('client-c-1');
    const { subject, text } = stored.data as { subject: string; text: string };
    expect(subject).not.toBe(text);
  });
});

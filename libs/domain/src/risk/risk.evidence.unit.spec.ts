import { on } from '../client-history/client-history.fixtures';
import { paymentRecorded, reminderSent } from '../client/client.fixtures';
import { evidenceEventOf } from './risk.evidence';

describe('evidence as events', () => {
  it('names what happened, when, with its invoice and money in plain words', () => {
    const fact = on('2026-02-03', paymentRecorded({ invoiceId: 'INV-1', amount: { amountMinor: 10_000, currency: 'EUR' }, paidOn: '2026-02-03' }), 'evt-1');

    expect(evidenceEventOf(fact)).toEqual({
      eventId: 'evt-1',
      type: 'PaymentRecorded',
      occurredAt: '2026-02-03T09:00:00.000Z',
      summary: 'PaymentRecorded: invoiceId INV-1, amount 100.00 EUR, paidOn 2026-02-03',
    });
  });

  it('summarises any event type from the fields it has', () => {
    expect(evidenceEventOf(on('2026-02-10', reminderSent({ invoiceId: 'INV-9' }), 'evt-2')).summary).toMatch(/^ReminderSent: invoiceId INV-9, step \w+, channel \w+$/);
  });
});

import { on } from '../client-history/client-history.fixtures';
import { complaintFiled, invoiceIssued, paymentRecorded, reminderSent, timeLogged } from '../client/client.fixtures';
import { costliestEventIds, MAX_EVIDENCE_EVENT_IDS } from './profitability.evidence';
import { AS_OF, historyOf } from './profitability.fixtures';
import { profitabilityView } from './profitability.projection';

describe('profitability: evidence', () => {
  it('cites the costliest facts first', () => {
    // Given an overdue invoice (EUR 113.70 to carry and expect lost), a complaint (81.00) and a reminder (13.50)
    const history = historyOf([on('2026-02-10', reminderSent()), on('2026-01-10', invoiceIssued()), on('2026-03-03', complaintFiled())]);

    expect(profitabilityView(history, AS_OF).evidenceEventIds).toEqual(['InvoiceIssued@2026-01-10', 'ComplaintFiled@2026-03-03', 'ReminderSent@2026-02-10']);
  });

  it('billable work and invoices paid on time are no evidence: they cost nothing extra', () => {
    const history = historyOf([on('2026-01-10', invoiceIssued()), on('2026-02-01', paymentRecorded({ paidOn: '2026-02-01' })), on('2026-02-02', timeLogged())]);

    expect(profitabilityView(history, AS_OF).evidenceEventIds).toEqual([]);
  });

  it(`cites at most ${MAX_EVIDENCE_EVENT_IDS} facts`, () => {
    const reminders = Array.from({ length: 12 }, (_, index) => on('2026-02-10', reminderSent({ reminderId: `REM-${index}` }), `ReminderSent#${index}`));

    expect(profitabilityView(historyOf(reminders), AS_OF).evidenceEventIds).toHaveLength(MAX_EVIDENCE_EVENT_IDS);
  });

  it('keeps facts of equal cost in the order they came, as a sort would', () => {
    const facts = [
      { eventId: 'a', cost: 5 },
      { eventId: 'b', cost: 9 },
      { eventId: 'c', cost: 5 },
      { eventId: 'a', cost: 4 },
      { eventId: 'free', cost: 0 },
    ];

    expect(costliestEventIds(facts)).toEqual(['a', 'b', 'c']);
  });

  it(`keeps the ${MAX_EVIDENCE_EVENT_IDS} costliest of many, costliest first`, () => {
    const facts = Array.from({ length: 50 }, (_, index) => ({ eventId: `E${index}`, cost: (index * 37) % 50 }));
    const bySort = [...facts]
      .filter((fact) => fact.cost > 0)
      .sort((x, y) => y.cost - x.cost)
      .slice(0, MAX_EVIDENCE_EVENT_IDS)
      .map((fact) => fact.eventId);

    expect(costliestEventIds(facts)).toEqual(bySort);
  });
});

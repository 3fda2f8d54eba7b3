import { MeetingOutcome, ReminderStep, story } from '../calibration/client-story.fixtures';
import type { ClientHistory } from '../client-history';
import { evidenceIndex } from './risk.evidence';

describe('evidence as events', () => {
  const history = story('evidence')
    .invoice('2026-01-01', 10_000, 'INV-1')
    .pay('2026-02-03', 'INV-1', 4_000)
    .promise('2026-02-03', 'INV-1', 6_000, '2026-02-20')
    .build();

  it('describes each cited event: what happened, on which day, in plain words', () => {
    const payment = history.invoices[0].payments[0];

    expect(evidenceIndex(history).get(payment.eventId)).toEqual({
      eventId: payment.eventId,
      type: 'PaymentRecorded',
      occurredOn: '2026-02-03',
      summary: '40.00 EUR paid on invoice INV-1',
    });
  });

  it('knows every event the history cites', () => {
    const cited = [history.invoices[0].eventId, history.invoices[0].payments[0].eventId, history.promises[0].eventId];

    expect(cited.map((eventId) => evidenceIndex(history).get(eventId)?.summary)).toEqual([
      'invoice INV-1 of 100.00 EUR issued, due 2026-01-31',
      '40.00 EUR paid on invoice INV-1',
      'promise to pay 60.00 EUR on invoice INV-1 by 2026-02-20',
    ]);
  });

  it('describes only the events asked for, the same way', () => {
    const payment = history.invoices[0].payments[0];

    const index = evidenceIndex(history, new Set([payment.eventId]));

    expect([...index.values()]).toEqual([evidenceIndex(history).get(payment.eventId)]);
  });

  it('describes the events asked for the same way when snapshots share lists with earlier ones, each asked several times', () => {
    const told = story('shared lists')
      .invoice('2026-01-01', 10_000, 'INV-1')
      .pay('2026-02-03', 'INV-1', 4_000)
      .reminder('2026-02-05', 'INV-1', ReminderStep.Friendly)
      .meeting('2026-02-06', MeetingOutcome.Held)
      .time('2026-02-07', 60)
      .build();
    const frozen = (history: ClientHistory): ClientHistory =>
      Object.freeze(
        Object.fromEntries(Object.entries(history).map(([key, value]) => [key, Array.isArray(value) ? Object.freeze(value) : value])),
      ) as ClientHistory;
    const earlier = frozen(told);
    // A later snapshot: one more time entry, every other list the earlier snapshot's own.
    const later = frozen({ ...earlier, timeEntries: [...earlier.timeEntries, { ...earlier.timeEntries[0], eventId: 'TimeLogged#later' }] });
    const asked = [
      new Set(['TimeLogged#later']),
      new Set([earlier.invoices[0].payments[0].eventId, earlier.timeEntries[0].eventId]),
      new Set([earlier.meetings[0].eventId, earlier.reminders[0].eventId, earlier.invoices[0].eventId, 'nobody']),
    ];
    const described = (history: ClientHistory, only: ReadonlySet<string>) => [...evidenceIndex(history).values()].filter((event) => only.has(event.eventId));

    for (let time = 0; time < 3; time++)
      for (const history of [earlier, later]) for (const only of asked) expect([...evidenceIndex(history, only).values()]).toEqual(described(history, only));
  });
});

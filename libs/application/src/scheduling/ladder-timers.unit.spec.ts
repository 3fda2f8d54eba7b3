import { FixedClock, InMemoryEventStore, UuidV7Generator } from '@client-lifecycle/adapters';
import {
  addDays,
  clientIdOfStream,
  clientStreamId,
  type ClientHistory,
  collectionView,
  type Timer,
  TimerKind,
  timeFactsDue,
  timersFor,
} from '@client-lifecycle/domain';
import { ClientCommandHandler } from '../client/client-command.handler';
import { toClientEvent } from '../client/client-event.codec';
import { historyOf } from '../client/client-facts';
import { seedPortfolio } from '../seed';

const TODAY = '2026-11-20';

/** The step the client's collection view shows due on the day for the invoice, as a fact. */
function stepShownDue(history: ClientHistory, invoiceId: string, day: string) {
  const line = collectionView(history, day).invoices.find((item) => item.invoiceId === invoiceId);
  if (!line || line.nextStep === null || line.nextStepDueOn === null || line.nextStepDueOn > day) return [];
  return [{ type: 'RecordCollectionStepDue', data: { clientId: history.clientId, invoiceId, step: line.nextStep, dueOn: line.nextStepDueOn } }];
}

describe('ladder timers record the step the collection view shows due', () => {
  it('on their day and on the days after it, for every ladder timer of a generated portfolio', async () => {
    const clock = new FixedClock(new Date(`${TODAY}T18:00:00.000Z`));
    const events = new InMemoryEventStore(clock);
    await seedPortfolio(new ClientCommandHandler(events, clock, new UuidV7Generator()), { clients: 16, seed: 7, today: TODAY, concurrency: 4 });
    const log = await events.readAll({ after: 0, maxCount: 1_000_000 });
    const timers = log.filter((event) => clientIdOfStream(event.streamId) !== null).flatMap((event) => timersFor(toClientEvent(event)));
    const histories = new Map<string, ClientHistory>();
    for (const clientId of new Set(timers.map((timer) => timer.clientId))) {
      const history = historyOf(await events.readStream(clientStreamId(clientId)));
      if (history) histories.set(clientId, history);
    }
    let recorded = 0;

    for (const timer of timers.filter((item) => item.kind === TimerKind.CollectionStep))
      for (const late of [0, 7, 45]) {
        const due: Timer = { ...timer, dueOn: addDays(timer.dueOn, late) };
        const history = histories.get(timer.clientId) as ClientHistory;
        const facts = timeFactsDue(due, history);
        recorded += facts.length;

        expect(facts).toEqual(stepShownDue(history, timer.subject, due.dueOn));
      }
    // The portfolio has invoices still chased, so the comparison covers steps recorded, not only steps not due.
    expect(recorded).toBeGreaterThan(0);
  });
});

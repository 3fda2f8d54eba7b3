import type { ClientHistory } from '../client-history';
import type { RecordBrokenPromise, RecordCollectionStepDue, RecordInvoiceAged } from '../client/client.commands';
import type { OverdueBucket } from '../client/client.vocabulary';
import {
  type CollectionLadderConfig,
  DEFAULT_COLLECTION_LADDER,
  daysPastDue,
  invoiceCollectionOf,
  openBalanceAsOf,
  PromiseStatus,
  promiseStatusOf,
} from '../collection';
import { type Timer, TimerKind } from './timer';

export type TimeFact = Pick<RecordInvoiceAged, 'type' | 'data'> | Pick<RecordBrokenPromise, 'type' | 'data'> | Pick<RecordCollectionStepDue, 'type' | 'data'>;

/**
 * What became true on the timer's day. Judged as of that day, not as of when the scheduler
 * got to it, so a scheduler catching up after downtime records the same facts as one on time.
 */
export function timeFactsDue(timer: Timer, history: ClientHistory, ladder: CollectionLadderConfig = DEFAULT_COLLECTION_LADDER): TimeFact[] {
  const day = timer.dueOn;
  const clientId = history.clientId;
  switch (timer.kind) {
    case TimerKind.InvoiceAging: {
      const invoice = history.invoices.find((item) => item.invoiceId === timer.subject);
      if (!invoice || openBalanceAsOf(invoice, day) === 0) return [];
      const bucket = timer.bucket as OverdueBucket; // aging timers always name their bucket (timersFor)
      return [
        { type: 'RecordInvoiceAged', data: { clientId, invoiceId: invoice.invoiceId, bucket, daysPastDue: daysPastDue(invoice.dueDate, day), agedOn: day } },
      ];
    }
    case TimerKind.PromiseDue: {
      const promise = history.promises.find((item) => item.promiseId === timer.subject);
      if (!promise) return [];
      const broken: TimeFact[] =
        promiseStatusOf(promise, history, day) === PromiseStatus.Broken
          ? [{ type: 'RecordBrokenPromise', data: { clientId, promiseId: promise.promiseId, brokenOn: day } }]
          : [];
      return [...broken, ...stepDue(history, promise.invoiceId, day, ladder)];
    }
    case TimerKind.CollectionStep:
      return stepDue(history, timer.subject, day, ladder);
    case TimerKind.TerminationNoticeEnd:
    case TimerKind.TerminationDeliverableDue:
      // A termination's deadlines are facts of its own stream, not of the client's.
      return [];
  }
}

/**
 * The invoice's next ladder step, when it is due by that day and the ladder is not paused: as the
 * invoice's line of the collection view that day shows it. Only an invoice issued by then and
 * still open has a line, and a line's next step does not depend on the other invoices (which one
 * the ladder runs on only changes what the collector is shown), so the line is made for this
 * invoice alone: a catch-up fires many ladder timers of invoices paid meanwhile, and none needs
 * the whole view.
 */
function stepDue(history: ClientHistory, invoiceId: string, day: string, ladder: CollectionLadderConfig): TimeFact[] {
  const invoice = history.invoices.find((item) => item.invoiceId === invoiceId);
  if (!invoice || invoice.issuedOn > day || openBalanceAsOf(invoice, day) <= 0) return [];
  const line = invoiceCollectionOf(invoice, history, day, ladder, false);
  if (line.nextStep === null || line.nextStepDueOn === null || line.nextStepDueOn > day) return [];
  return [{ type: 'RecordCollectionStepDue', data: { clientId: history.clientId, invoiceId, step: line.nextStep, dueOn: line.nextStepDueOn } }];
}

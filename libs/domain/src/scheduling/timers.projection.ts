import type { ClientEvent } from '../client/client.events';
import type { OverdueBucket } from '../client/client.vocabulary';
import { COLLECTION_LADDER, type CollectionLadderConfig, DEFAULT_COLLECTION_LADDER, offsetOf } from '../collection';
import { addDays } from '../shared';
import { type Timer, TimerKind } from './timer';

/** Days past due on which an unpaid invoice enters each bucket. */
const AGING_DAYS: ReadonlyArray<readonly [OverdueBucket, number]> = [
  ['DAYS_1_30', 1],
  ['DAYS_31_60', 31],
  ['DAYS_61_90', 61],
  ['DAYS_90_PLUS', 91],
];

/** The timers an event sets: pure, so the timer table is a replayable projection of the log. */
export function timersFor(event: ClientEvent, ladder: CollectionLadderConfig = DEFAULT_COLLECTION_LADDER): Timer[] {
  const clientId = event.data.clientId;
  switch (event.type) {
    case 'InvoiceIssued': {
      const { invoiceId, dueDate } = event.data;
      const aging = AGING_DAYS.map(([bucket, days]) => ({
        timerId: `aging:${clientId}:${invoiceId}:${bucket}`,
        clientId,
        kind: TimerKind.InvoiceAging,
        dueOn: addDays(dueDate, days),
        subject: invoiceId,
        bucket,
      }));
      const steps = COLLECTION_LADDER.map((step) => ({
        timerId: `ladder:${clientId}:${invoiceId}:${step}`,
        clientId,
        kind: TimerKind.CollectionStep,
        dueOn: addDays(dueDate, offsetOf(step, ladder)),
        subject: invoiceId,
      }));
      return [...aging, ...steps];
    }
    case 'PromiseToPayRecorded':
      return [promiseTimer(clientId, event.data.promiseId, event.data.promisedDate)];
    case 'PaymentPlanAgreed':
      return event.data.instalments.map((instalment) => promiseTimer(clientId, `${event.data.planId}#${instalment.instalmentNumber}`, instalment.dueDate));
    default:
      return [];
  }
}

/** "Unpaid at the end of that day it is broken": the timer fires the day after. */
const promiseTimer = (clientId: string, promiseId: string, promisedDate: string): Timer => ({
  timerId: `promise:${clientId}:${promiseId}`,
  clientId,
  kind: TimerKind.PromiseDue,
  dueOn: addDays(promisedDate, 1),
  subject: promiseId,
});

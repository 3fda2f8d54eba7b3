import { type Timer, TimerKind } from '../scheduling/timer';
import { addDays } from '../shared';
import type { TerminationEvent } from './termination.events';

/** The deadlines a termination event sets: pure, so the timer table stays a projection of the log. */
export function terminationTimersFor(event: TerminationEvent): Timer[] {
  const { terminationId, clientId } = event.data;
  switch (event.type) {
    case 'NoticeServed':
      return [
        {
          timerId: `termination:${terminationId}:notice-end`,
          clientId,
          kind: TimerKind.TerminationNoticeEnd,
          dueOn: event.data.effectiveDate,
          subject: terminationId,
        },
      ];
    case 'DeliverablesConfirmed':
      return event.data.deliverables.map((item) => ({
        timerId: `termination:${terminationId}:deliverable:${item.deliverableId}`,
        clientId,
        kind: TimerKind.TerminationDeliverableDue,
        // Overdue once its whole day has passed.
        dueOn: addDays(item.dueOn, 1),
        subject: terminationId,
        bucket: item.deliverableId,
      }));
    default:
      return [];
  }
}

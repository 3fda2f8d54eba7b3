import { TerminationDeadline, type Timer, TimerKind } from '@client-lifecycle/domain';
import { TimerOutcome } from '@client-lifecycle/ports';
import type { TerminationCommandHandler } from './termination-command.handler';

/** What the scheduler calls when a termination's deadline comes. */
export interface DeadlineHandler {
  handles(timer: Timer): boolean;
  fire(timer: Timer): Promise<TimerOutcome>;
}

/**
 * Turns a termination timer into the decider's timer input. The timer id is the idempotency
 * key, so a timer fired again after a crash records nothing twice.
 */
export class TerminationDeadlines implements DeadlineHandler {
  constructor(private readonly handler: TerminationCommandHandler) {}

  handles(timer: Timer): boolean {
    return timer.kind === TimerKind.TerminationNoticeEnd || timer.kind === TimerKind.TerminationDeliverableDue;
  }

  async fire(timer: Timer): Promise<TimerOutcome> {
    const deliverable = timer.kind === TimerKind.TerminationDeliverableDue;
    const outcome = await this.handler.handle(
      {
        type: 'RecordDeadlinePassed',
        data: {
          terminationId: timer.subject,
          deadline: deliverable ? TerminationDeadline.DeliverableDue : TerminationDeadline.NoticePeriodEnd,
          dueOn: timer.dueOn,
          subject: deliverable ? (timer.bucket ?? null) : timer.subject,
        },
        occurredAt: `${timer.dueOn}T00:00:00.000Z`,
      },
      { actor: 'scheduler', causationId: timer.timerId, idempotencyKey: timer.timerId },
    );
    return outcome.events.length > 0 ? TimerOutcome.Recorded : TimerOutcome.NothingDue;
  }
}

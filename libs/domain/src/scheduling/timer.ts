import type { LocalDate } from '../shared';

export enum TimerKind {
  InvoiceAging = 'INVOICE_AGING',
  PromiseDue = 'PROMISE_DUE',
  CollectionStep = 'COLLECTION_STEP',
  /** A termination's notice takes effect: what is still unmet is escalated. */
  TerminationNoticeEnd = 'TERMINATION_NOTICE_END',
  /** The day after an owed deliverable of a termination was due. */
  TerminationDeliverableDue = 'TERMINATION_DELIVERABLE_DUE',
}

/** A day on which something may become true of a client just because time passed. */
export interface Timer {
  /** Deterministic, so the same fact scheduled twice is one timer and fires once. */
  readonly timerId: string;
  readonly clientId: string;
  readonly kind: TimerKind;
  readonly dueOn: LocalDate;
  /** The invoice, the promise (`<planId>#<n>` for an instalment) or the termination the timer is about. */
  readonly subject: string;
  /** For aging timers the bucket entered on that day; for a deliverable deadline the deliverable. */
  readonly bucket?: string;
}

import type { LocalDate } from '../shared';

export enum TimerKind {
  InvoiceAging = 'INVOICE_AGING',
  PromiseDue = 'PROMISE_DUE',
  CollectionStep = 'COLLECTION_STEP',
}

/** A day on which something may become true of a client just because time passed. */
export interface Timer {
  /** Deterministic, so the same fact scheduled twice is one timer and fires once. */
  readonly timerId: string;
  readonly clientId: string;
  readonly kind: TimerKind;
  readonly dueOn: LocalDate;
  /** The invoice, or the promise (`<planId>#<n>` for an instalment), the timer is about. */
  readonly subject: string;
  /** For aging timers: the bucket entered on that day. */
  readonly bucket?: string;
}

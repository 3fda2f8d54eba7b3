/**
 * A payment plan's instalment is promised like a promise to pay: named `<planId>#<instalmentNumber>`,
 * on the plan's first (oldest) invoice, since payments settle the oldest debt first. The decider
 * (a broken instalment) and the client history (instalments as promises) both take it from here.
 */
export const instalmentPromiseId = (planId: string, instalmentNumber: number): string => `${planId}#${instalmentNumber}`;

export const instalmentInvoiceId = (plan: { readonly invoiceIds: readonly string[] }): string => plan.invoiceIds[0];

/** The plan id a promise id names (the part before `#`) and the instalment number as written after it. */
export function instalmentOf(promiseId: string): { readonly planId: string; readonly instalmentNumber: string } | null {
  const [planId, instalmentNumber] = promiseId.split('#');
  return instalmentNumber === undefined ? null : { planId, instalmentNumber };
}

/**
 * Commands for the client specs of this folder: one well-known client (ACME, on a EUR contract
 * since 1 January 2026), so a spec states only what its rule is about.
 * Test support only: nothing in production imports this file.
 */
import type { UnstampedClientCommand } from './client-command.handler';

export const eur = (amountMinor: number) => ({ amountMinor, currency: 'EUR' as const });

/** ACME, registered on 1 January 2026: 30 days to pay, 90 EUR an hour, no immediate exit. */
export const registerAcme: UnstampedClientCommand = {
  type: 'RegisterClient',
  data: {
    clientId: 'acme',
    name: 'ACME',
    contract: {
      paymentTermsDays: 30,
      exitClause: { text: 'Notice applies', immediateExitFor: [] },
      startDate: '2026-01-01',
      hourlyRate: eur(9_000),
      currency: 'EUR',
      contractedHoursPerMonth: 10,
    },
  },
  occurredAt: '2026-01-01T09:00:00Z',
};

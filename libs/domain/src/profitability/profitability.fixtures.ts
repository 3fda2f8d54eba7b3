/** Test support for the profitability specs: ACME's history as of a day. Not imported by production code. */
import type { ClientFact, ClientHistory } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { foldClientHistory } from '../client-history/client-history.fold';
import type { ContractTerms } from '../client/client.contract';
import { clientRegistered } from '../client/client.fixtures';

/**
 * Invoice 42 (EUR 1,000.00, due 9 February 2026) is 50 days past due on this day. The contract's
 * EUR 90.00 an hour at the default 0.6 loaded cost ratio makes staff time cost 90 cents a minute.
 */
export const AS_OF = '2026-03-31';
export const COST_PER_MINUTE_MINOR = 90;

export function historyOf(facts: readonly ClientFact[], contract: Partial<ContractTerms> = {}): ClientHistory {
  const history = foldClientHistory([on('2025-01-01', clientRegistered(contract)), ...facts]);
  if (!history) throw new Error('the client must be registered');
  return history;
}

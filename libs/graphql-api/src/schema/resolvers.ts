import { ApiKeysResolver } from '../access';
import { ClientMutationsResolver, ClientResolver } from '../client';
import { ClientInsightResolver } from '../insight';
import { PrivacyResolver } from '../privacy';
import { MoneyResolver } from '../shared/money.resolver';
import { ClientsResolver, ClientSummaryResolver, PortfolioResolver, RiskChangedResolver } from '../portfolio';
import { ClientTerminationResolver, TerminationMutationsResolver, TerminationProgressedResolver, TerminationResolver } from '../termination';

/** Every resolver of the gateway: the module serves these and schema.graphql is printed from them, so the two cannot drift. */
export const GRAPHQL_RESOLVERS = [
  ClientResolver,
  ClientMutationsResolver,
  ClientInsightResolver,
  ClientsResolver,
  ClientSummaryResolver,
  RiskChangedResolver,
  PortfolioResolver,
  TerminationResolver,
  ClientTerminationResolver,
  TerminationMutationsResolver,
  TerminationProgressedResolver,
  ApiKeysResolver,
  PrivacyResolver,
  MoneyResolver,
] as const;

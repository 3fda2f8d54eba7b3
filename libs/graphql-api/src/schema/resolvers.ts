import { ApiKeysResolver } from '../access';
import {
  ClientCreditControlResolver,
  ClientImportResolver,
  ClientMutationsResolver,
  ClientResolver,
  ClientSimulationResolver,
  ClientTerminationSimulationResolver,
  CreditControlResolver,
} from '../client';
import { ClientInsightResolver, RiskFactorTextResolver, RiskRuleTextResolver, TimelineEventTextResolver } from '../insight';
import { PrivacyResolver } from '../privacy';
import { MoneyResolver } from '../shared/money.resolver';
import { ClientsResolver, ClientSummaryResolver, PortfolioResolver, RiskChangedResolver } from '../portfolio';
import { ClientTerminationResolver, TerminationMutationsResolver, TerminationProgressedResolver, TerminationResolver } from '../termination';
import { WorklistConnectionResolver, WorklistEntryResolver, WorklistResolver } from '../worklist';

/** Every resolver of the gateway: the module serves these and schema.graphql is printed from them, so the two cannot drift. */
export const GRAPHQL_RESOLVERS = [
  ClientResolver,
  ClientMutationsResolver,
  ClientImportResolver,
  ClientSimulationResolver,
  ClientTerminationSimulationResolver,
  CreditControlResolver,
  ClientInsightResolver,
  RiskFactorTextResolver,
  RiskRuleTextResolver,
  TimelineEventTextResolver,
  ClientCreditControlResolver,
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
  WorklistResolver,
  WorklistEntryResolver,
  WorklistConnectionResolver,
] as const;

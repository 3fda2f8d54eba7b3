import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DateScalar, IsLocalDate, MoneyModel, CurrencyScalar } from '../shared';
import { ArchetypeEnum, RecommendationEnum, RiskBandEnum } from '../insight/risk.model';
import { AgingBucketsModel } from '../insight/profitability.model';

@ObjectType('BandCount', { description: 'How many clients are in one risk band.' })
export class BandCountModel {
  @Field(() => RiskBandEnum, { description: 'The band.' })
  band!: RiskBand;

  @Field(() => Int, { description: 'Clients in it.' })
  clients!: number;
}

@ObjectType('ArchetypeCount', { description: 'How many clients show one archetype.' })
export class ArchetypeCountModel {
  @Field(() => ArchetypeEnum, { description: 'The archetype.' })
  archetype!: Archetype;

  @Field(() => Int, { description: 'Clients showing it.' })
  clients!: number;
}

@ObjectType('RecommendationCount', { description: 'How many clients get one recommendation.' })
export class RecommendationCountModel {
  @Field(() => RecommendationEnum, { description: 'The recommendation.' })
  recommendation!: Recommendation;

  @Field(() => Int, { description: 'Clients getting it.' })
  clients!: number;
}

@ObjectType('PortfolioMoney', { description: 'The figures of the clients billed in one currency; currencies are never added together.' })
export class PortfolioMoneyModel {
  @Field(() => CurrencyScalar, { description: 'ISO 4217 code of these figures.' })
  currency!: string;

  @Field(() => AgingBucketsModel, { description: 'Open receivables at the end of the period by aging bucket.' })
  agingReport!: AgingBucketsModel;

  @Field(() => MoneyModel, { description: 'Open receivables at the end of the period.' })
  accountsReceivable!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Receivables not yet due at the end of the period.' })
  currentAccountsReceivable!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Open receivables at the end of the day before `from`.' })
  openingAccountsReceivable!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Invoices issued within the period.' })
  creditSales!: MoneyModel;

  @Field(() => Float, { nullable: true, description: 'AR ÷ credit sales × days in the period.' })
  dso!: number | null;

  @Field(() => Float, { nullable: true, description: 'Days sales outstanding counting only receivables not yet due.' })
  bestPossibleDso!: number | null;

  @Field(() => Float, { nullable: true, description: 'DSO − best possible DSO.' })
  averageDaysDelinquent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Collection effectiveness index, a percentage (0–100), 2 decimals.' })
  ceiPercent!: number | null;

  @Field(() => MoneyModel, { description: 'Open balances times the loss rate of their aging bucket.' })
  expectedCreditLoss!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Contribution margin of the clients billed in this currency.' })
  contributionMargin!: MoneyModel;
}

@ObjectType('RiskRanking', { description: 'A client of the top list by risk.' })
export class RiskRankingModel {
  @Field({ description: 'The client id.' })
  clientId!: string;

  @Field({ description: "The client's name." })
  name!: string;

  @Field(() => Float, { description: 'The risk score, 0–100.' })
  score!: number;

  @Field(() => RiskBandEnum, { description: 'The risk band.' })
  band!: RiskBand;

  @Field(() => RecommendationEnum, { description: 'The recommended decision.' })
  recommendation!: Recommendation;
}

@ObjectType('LostMarginRanking', { description: 'A client of the top list by lost margin: the lowest contribution margins.' })
export class LostMarginRankingModel {
  @Field({ description: 'The client id.' })
  clientId!: string;

  @Field({ description: "The client's name." })
  name!: string;

  @Field(() => CurrencyScalar, { description: 'The contract currency.' })
  currency!: string;

  @Field(() => MoneyModel, { description: 'Its contribution margin.' })
  contributionMargin!: MoneyModel;
}

@ObjectType('Portfolio', { description: 'Where the risk and the money of all clients stand over a period.' })
export class PortfolioModel {
  @Field(() => DateScalar, { description: 'First day of the period.' })
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period; figures are as of its end.' })
  to!: string;

  @Field(() => Int, { description: 'Days from `from` to `to`, both included.' })
  daysInPeriod!: number;

  @Field(() => Int, { description: 'Clients registered by the end of the period.' })
  clientCount!: number;

  @Field(() => [BandCountModel], { description: 'Clients per risk band.' })
  clientsByBand!: BandCountModel[];

  @Field(() => [ArchetypeCountModel], { description: 'A client with several archetypes counts under each.' })
  clientsByArchetype!: ArchetypeCountModel[];

  @Field(() => [RecommendationCountModel], { description: 'Clients per recommendation.' })
  clientsByRecommendation!: RecommendationCountModel[];

  @Field(() => [PortfolioMoneyModel], { description: 'The money figures, one entry per contract currency.' })
  byCurrency!: PortfolioMoneyModel[];

  @Field(() => [RiskRankingModel], { description: 'The riskiest clients, highest score first.' })
  topByRisk!: RiskRankingModel[];

  @Field(() => [LostMarginRankingModel], { description: 'The clients with the lowest contribution margin, lowest first.' })
  topByLostMargin!: LostMarginRankingModel[];
}

@ArgsType()
export class PortfolioArgs {
  @Field(() => DateScalar, { description: 'First day of the period, YYYY-MM-DD.' })
  @IsLocalDate()
  from!: string;

  @Field(() => DateScalar, { description: 'Last day of the period, YYYY-MM-DD; figures are as of its end.' })
  @IsLocalDate()
  to!: string;

  @Field(() => Int, { defaultValue: 10, description: 'Clients in each top list, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  top!: number;
}

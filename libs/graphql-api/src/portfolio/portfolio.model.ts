import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { DateScalar, IsLocalDate, MoneyModel } from '../shared';
import { ArchetypeEnum, RecommendationEnum, RiskBandEnum } from '../insight/risk.model';
import { AgingBucketsModel } from '../insight/profitability.model';

@ObjectType('BandCount')
export class BandCountModel {
  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => Int)
  clients!: number;
}

@ObjectType('ArchetypeCount')
export class ArchetypeCountModel {
  @Field(() => ArchetypeEnum)
  archetype!: Archetype;

  @Field(() => Int)
  clients!: number;
}

@ObjectType('RecommendationCount')
export class RecommendationCountModel {
  @Field(() => RecommendationEnum)
  recommendation!: Recommendation;

  @Field(() => Int)
  clients!: number;
}

@ObjectType('PortfolioMoney', { description: 'The figures of the clients billed in one currency; currencies are never added together.' })
export class PortfolioMoneyModel {
  @Field()
  currency!: string;

  @Field(() => AgingBucketsModel, { description: 'Open receivables at the end of the period by aging bucket.' })
  agingReport!: AgingBucketsModel;

  @Field(() => MoneyModel)
  accountsReceivable!: MoneyModel;

  @Field(() => MoneyModel)
  currentAccountsReceivable!: MoneyModel;

  @Field(() => MoneyModel)
  openingAccountsReceivable!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Invoices issued within the period.' })
  creditSales!: MoneyModel;

  @Field(() => Float, { nullable: true, description: 'AR ÷ credit sales × days in the period.' })
  dso!: number | null;

  @Field(() => Float, { nullable: true })
  bestPossibleDso!: number | null;

  @Field(() => Float, { nullable: true, description: 'DSO − best possible DSO.' })
  averageDaysDelinquent!: number | null;

  @Field(() => Float, { nullable: true, description: 'Collection effectiveness index, a percentage (0–100), 2 decimals.' })
  ceiPercent!: number | null;

  @Field(() => MoneyModel)
  expectedCreditLoss!: MoneyModel;

  @Field(() => MoneyModel)
  contributionMargin!: MoneyModel;
}

@ObjectType('RiskRanking')
export class RiskRankingModel {
  @Field()
  clientId!: string;

  @Field()
  name!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => RecommendationEnum)
  recommendation!: Recommendation;
}

@ObjectType('LostMarginRanking')
export class LostMarginRankingModel {
  @Field()
  clientId!: string;

  @Field()
  name!: string;

  @Field()
  currency!: string;

  @Field(() => MoneyModel)
  contributionMargin!: MoneyModel;
}

@ObjectType('Portfolio', { description: 'Where the risk and the money of all clients stand over a period.' })
export class PortfolioModel {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Int)
  daysInPeriod!: number;

  @Field(() => Int)
  clientCount!: number;

  @Field(() => [BandCountModel])
  clientsByBand!: BandCountModel[];

  @Field(() => [ArchetypeCountModel], { description: 'A client with several archetypes counts under each.' })
  clientsByArchetype!: ArchetypeCountModel[];

  @Field(() => [RecommendationCountModel])
  clientsByRecommendation!: RecommendationCountModel[];

  @Field(() => [PortfolioMoneyModel])
  byCurrency!: PortfolioMoneyModel[];

  @Field(() => [RiskRankingModel])
  topByRisk!: RiskRankingModel[];

  @Field(() => [LostMarginRankingModel])
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

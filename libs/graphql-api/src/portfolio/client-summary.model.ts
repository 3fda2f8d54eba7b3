import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import type { ClientSummary } from '@client-lifecycle/ports';
import { DateScalar, MoneyModel, moneyOf, PageInfoModel, schemaEnum } from '../shared';
import { ArchetypeEnum, RecommendationEnum, RiskBandEnum } from '../insight/risk.model';
import { CLIENTS_CURSOR_MAX_LENGTH } from './clients.cursor';

export enum ClientOrder {
  Score = 'SCORE',
  Overdue = 'OVERDUE',
  Margin = 'MARGIN',
}

export const ClientOrderEnum = schemaEnum(ClientOrder, 'ClientOrder', 'SCORE and OVERDUE: highest first; MARGIN: lowest (most lost) first. Ties by client id.');

@ObjectType('ClientSummary', { description: "A client's line in the portfolio list, judged as of today (asOf): rows are re-assessed when the day changes." })
export class ClientSummaryModel {
  @Field()
  clientId!: string;

  @Field()
  name!: string;

  @Field()
  currency!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => RiskBandEnum)
  band!: RiskBand;

  @Field(() => RecommendationEnum)
  recommendation!: Recommendation;

  @Field(() => [ArchetypeEnum])
  archetypes!: Archetype[];

  @Field(() => MoneyModel)
  overdue!: MoneyModel;

  @Field(() => MoneyModel)
  contributionMargin!: MoneyModel;

  @Field(() => DateScalar)
  asOf!: string;
}

@ObjectType('ClientSummaryEdge')
export class ClientSummaryEdgeModel {
  @Field()
  cursor!: string;

  @Field(() => ClientSummaryModel)
  node!: ClientSummaryModel;
}

@ObjectType('ClientSummaryConnection')
export class ClientSummaryConnectionModel {
  @Field(() => [ClientSummaryEdgeModel])
  edges!: ClientSummaryEdgeModel[];

  @Field(() => PageInfoModel)
  pageInfo!: PageInfoModel;

  @Field(() => Int)
  totalCount!: number;
}

@InputType()
export class ClientFilterInput {
  @Field(() => RiskBandEnum, { nullable: true })
  @IsOptional()
  @IsEnum(RiskBand)
  band?: RiskBand | null;

  @Field(() => RiskBandEnum, { nullable: true, description: 'This band or a riskier one: RED includes LET_GO.' })
  @IsOptional()
  @IsEnum(RiskBand)
  minBand?: RiskBand | null;

  @Field(() => ArchetypeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Archetype)
  archetype?: Archetype | null;

  @Field(() => RecommendationEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;
}

export const CLIENTS_MAX_PAGE = 100;

@ArgsType()
export class ClientsArgs {
  @Field(() => ClientFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientFilterInput)
  filter?: ClientFilterInput | null;

  @Field(() => ClientOrderEnum, { defaultValue: ClientOrder.Score })
  @IsEnum(ClientOrder)
  orderBy!: ClientOrder;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${CLIENTS_MAX_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(CLIENTS_MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(CLIENTS_CURSOR_MAX_LENGTH)
  after?: string | null;
}

export const presentClientSummary = ({ overdueMinor, contributionMarginMinor, ...row }: ClientSummary): ClientSummaryModel => ({
  ...row,
  archetypes: [...row.archetypes],
  overdue: moneyOf(overdueMinor, row.currency),
  contributionMargin: moneyOf(contributionMarginMinor, row.currency),
});

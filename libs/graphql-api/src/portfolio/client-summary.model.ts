import { Archetype, Recommendation, RiskBand } from '@client-lifecycle/domain';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { CLIENT_SEARCH_MAX_LENGTH, type ClientSummary } from '@client-lifecycle/ports';
import { CurrencyScalar, DateScalar, IsText, MoneyModel, moneyOf, PageInfoModel, schemaEnum } from '../shared';
import { ArchetypeEnum, RecommendationEnum, RiskBandEnum } from '../insight/risk.model';
import { CLIENTS_CURSOR_MAX_LENGTH } from './clients.cursor';

export enum ClientOrder {
  Score = 'SCORE',
  Overdue = 'OVERDUE',
  Margin = 'MARGIN',
}

export const ClientOrderEnum = schemaEnum(
  ClientOrder,
  'ClientOrder',
  'SCORE and OVERDUE: highest first; MARGIN: lowest (most lost) first. Ties by client id.',
  { MARGIN: 'Lowest contribution margin first.', OVERDUE: 'Most overdue first.', SCORE: 'Highest risk score first.' },
);

@ObjectType('ClientSummary', { description: "A client's line in the portfolio list, judged as of today (asOf): rows are re-assessed when the day changes." })
export class ClientSummaryModel {
  @Field({ description: 'The client id the CRM registered it under.' })
  clientId!: string;

  @Field({ description: "The client's name." })
  name!: string;

  @Field(() => CurrencyScalar, { description: 'The contract currency.' })
  currency!: string;

  @Field(() => Float, { description: 'The risk score, 0–100.' })
  score!: number;

  @Field(() => RiskBandEnum, { description: 'The risk band.' })
  band!: RiskBand;

  @Field(() => RecommendationEnum, { description: 'The recommended decision.' })
  recommendation!: Recommendation;

  @Field(() => [ArchetypeEnum], { description: 'The archetypes the client shows.' })
  archetypes!: Archetype[];

  @Field(() => MoneyModel, { description: 'What is past due today.' })
  overdue!: MoneyModel;

  @Field(() => MoneyModel, { description: 'Contribution margin to date.' })
  contributionMargin!: MoneyModel;

  @Field(() => DateScalar, { description: 'The day the row was judged for.' })
  asOf!: string;
}

@ObjectType('ClientSummaryEdge', { description: 'One client of the page, with its cursor.' })
export class ClientSummaryEdgeModel {
  @Field({ description: 'Pass as `after` to continue after this client.' })
  cursor!: string;

  @Field(() => ClientSummaryModel, { description: "The client's line in the list." })
  node!: ClientSummaryModel;
}

@ObjectType('ClientSummaryConnection', { description: 'A page of the client list (Relay connection).' })
export class ClientSummaryConnectionModel {
  @Field(() => [ClientSummaryEdgeModel], { description: 'The clients of this page, in the order asked for.' })
  edges!: ClientSummaryEdgeModel[];

  @Field(() => PageInfoModel, { description: 'Where this page stands, and the cursor for the next one.' })
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'How many clients match the filter, over all pages.' })
  totalCount!: number;
}

@InputType({ description: 'Which clients to list; criteria combine with AND, an omitted one does not filter.' })
export class ClientFilterInput {
  @Field(() => RiskBandEnum, { nullable: true, description: 'Only clients in exactly this band.' })
  @IsOptional()
  @IsEnum(RiskBand)
  band?: RiskBand | null;

  @Field(() => RiskBandEnum, { nullable: true, description: 'This band or a riskier one: RED includes LET_GO.' })
  @IsOptional()
  @IsEnum(RiskBand)
  minBand?: RiskBand | null;

  @Field(() => ArchetypeEnum, { nullable: true, description: 'Only clients showing this archetype.' })
  @IsOptional()
  @IsEnum(Archetype)
  archetype?: Archetype | null;

  @Field(() => RecommendationEnum, { nullable: true, description: 'Only clients with this recommendation.' })
  @IsOptional()
  @IsEnum(Recommendation)
  recommendation?: Recommendation | null;

  @Field(() => String, {
    nullable: true,
    description:
      `Only clients with a word of their name starting with each word given, ignoring case and accents ("nor dent" finds "Northwind Dental Ltd"), ` +
      `best matches first (the exact name, then names starting with the words), then in orderBy. At most ${CLIENT_SEARCH_MAX_LENGTH} characters, ` +
      'with a letter or digit.',
  })
  @IsOptional()
  @IsText(CLIENT_SEARCH_MAX_LENGTH)
  search?: string | null;
}

export const CLIENTS_MAX_PAGE = 100;

@ArgsType()
export class ClientsArgs {
  @Field(() => ClientFilterInput, { nullable: true, description: 'Which clients; omit for all.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ClientFilterInput)
  filter?: ClientFilterInput | null;

  @Field(() => ClientOrderEnum, { defaultValue: ClientOrder.Score, description: 'The order of the list.' })
  @IsEnum(ClientOrder)
  orderBy!: ClientOrder;

  @Field(() => Int, { defaultValue: 20, description: `1 to ${CLIENTS_MAX_PAGE}` })
  @IsInt()
  @Min(1)
  @Max(CLIENTS_MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'An endCursor from a previous page: continue after it.' })
  @IsOptional()
  @IsString()
  @MaxLength(CLIENTS_CURSOR_MAX_LENGTH)
  after?: string | null;
}

/** Field by field rather than with a rest and a spread: a page presents 50 to 100 rows, and copying by the rest cost more than reading them. */
export const presentClientSummary = (row: ClientSummary): ClientSummaryModel => ({
  clientId: row.clientId,
  name: row.name,
  currency: row.currency,
  score: row.score,
  band: row.band,
  recommendation: row.recommendation,
  archetypes: [...row.archetypes],
  overdue: moneyOf(row.overdueMinor, row.currency),
  contributionMargin: moneyOf(row.contributionMarginMinor, row.currency),
  asOf: row.asOf,
});

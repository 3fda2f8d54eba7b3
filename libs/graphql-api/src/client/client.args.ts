import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { IsEntityId, IsInstant, IsLocalDate, DateScalar, DateTimeScalar } from '../shared';

@ArgsType()
export class ClientArgs {
  @Field(() => String, { description: 'The client id the CRM registered it under.' })
  @IsEntityId()
  id!: string;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'An ISO 8601 instant: answer with what the service had recorded by then. Answers about the past never change.',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'A business day: judge risk, profitability and collection as of that day, from what was recorded by asOf (or now). With asOf it answers "what we knew by asOf about that day" (bitemporal).',
  })
  @IsOptional()
  @IsLocalDate()
  on?: string | null;
}

export const TIMELINE_MAX_PAGE = 100;

@ArgsType()
export class TimelineArgs {
  @Field(() => Int, { defaultValue: 20, description: `How many events, 1 to ${TIMELINE_MAX_PAGE}.` })
  @IsInt()
  @Min(1)
  @Max(TIMELINE_MAX_PAGE)
  first!: number;

  @Field(() => String, { nullable: true, description: 'An endCursor from a previous page: continue with older events.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  after?: string | null;
}

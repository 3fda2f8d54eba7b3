import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CommandInput, IsEntityId, IsInstant, IsLocalDate, IsText, NAME_MAX_LENGTH, TEXT_MAX_LENGTH, DateScalar, DateTimeScalar } from '../shared';
import {
  AbuseSeverity,
  AbuseSeverityEnum,
  ComplaintOutcome,
  ComplaintOutcomeEnum,
  MeetingOutcome,
  MeetingOutcomeEnum,
  RecommendationOutcome,
  RecommendationOutcomeEnum,
  ScopeClassification,
  ScopeClassificationEnum,
} from './client.enums';

const MINUTES_PER_DAY = 1_440;

@InputType({ description: 'Naming an invoice marks it disputed until the complaint is resolved as unfounded.' })
export class FileComplaintInput extends CommandInput {
  @Field()
  @IsEntityId()
  complaintId!: string;

  @Field()
  @IsText(NAME_MAX_LENGTH)
  subject!: string;

  @Field()
  @IsText(TEXT_MAX_LENGTH)
  text!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEntityId()
  invoiceId?: string | null;
}

@InputType()
export class ResolveComplaintInput extends CommandInput {
  @Field()
  @IsEntityId()
  complaintId!: string;

  @Field(() => ComplaintOutcomeEnum)
  @IsEnum(ComplaintOutcome)
  outcome!: ComplaintOutcome;

  @Field()
  @IsText(TEXT_MAX_LENGTH)
  resolution!: string;
}

@InputType()
export class RequestScopeChangeInput extends CommandInput {
  @Field()
  @IsEntityId()
  scopeChangeId!: string;

  @Field()
  @IsText(TEXT_MAX_LENGTH)
  description!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  estimatedMinutes?: number | null;
}

@InputType()
export class DecideScopeChangeInput extends CommandInput {
  @Field()
  @IsEntityId()
  scopeChangeId!: string;

  @Field(() => ScopeClassificationEnum)
  @IsEnum(ScopeClassification)
  classification!: ScopeClassification;

  @Field()
  @IsBoolean()
  billable!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType()
export class LogTimeInput extends CommandInput {
  @Field()
  @IsEntityId()
  timeEntryId!: string;

  @Field({ description: 'What the time was spent on, e.g. DELIVERY, SUPPORT_CALL, ADMINISTRATION.' })
  @IsText(NAME_MAX_LENGTH)
  activity!: string;

  @Field(() => Int, { description: 'At most one day (1440) per entry.' })
  @IsInt()
  @Min(1)
  @Max(MINUTES_PER_DAY)
  minutes!: number;

  @Field()
  @IsBoolean()
  billable!: boolean;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  @IsLocalDate()
  workedOn!: string;

  @Field(() => String, { nullable: true, description: 'The scope change this work was for, if any.' })
  @IsOptional()
  @IsEntityId()
  scopeChangeId?: string | null;
}

@InputType()
export class RecordMeetingInput extends CommandInput {
  @Field()
  @IsEntityId()
  meetingId!: string;

  @Field(() => DateTimeScalar, { description: 'ISO 8601 instant.' })
  @IsInstant()
  scheduledAt!: string;

  @Field(() => MeetingOutcomeEnum)
  @IsEnum(MeetingOutcome)
  outcome!: MeetingOutcome;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MINUTES_PER_DAY)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType()
export class RecordRecommendationInput extends CommandInput {
  @Field()
  @IsEntityId()
  recommendationId!: string;

  @Field()
  @IsText(TEXT_MAX_LENGTH)
  summary!: string;

  @Field(() => RecommendationOutcomeEnum)
  @IsEnum(RecommendationOutcome)
  outcome!: RecommendationOutcome;
}

@InputType()
export class ReportAbuseInput extends CommandInput {
  @Field()
  @IsEntityId()
  reportId!: string;

  @Field(() => AbuseSeverityEnum)
  @IsEnum(AbuseSeverity)
  severity!: AbuseSeverity;

  @Field()
  @IsText(TEXT_MAX_LENGTH)
  description!: string;

  @Field({ description: 'The member of staff who was abused or witnessed it.' })
  @IsText(NAME_MAX_LENGTH)
  reportedBy!: string;
}

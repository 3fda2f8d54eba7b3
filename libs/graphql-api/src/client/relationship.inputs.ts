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
  @Field({ description: "The complaint's id, chosen by the caller." })
  @IsEntityId()
  complaintId!: string;

  @Field({ description: 'A short title.' })
  @IsText(NAME_MAX_LENGTH)
  subject!: string;

  @Field({ description: "The complaint in the client's words." })
  @IsText(TEXT_MAX_LENGTH)
  text!: string;

  @Field(() => String, { nullable: true, description: 'The invoice complained about, if any: it is disputed until the complaint is resolved as unfounded.' })
  @IsOptional()
  @IsEntityId()
  invoiceId?: string | null;
}

@InputType({ description: 'The outcome of a complaint: founded or not, and how it was resolved.' })
export class ResolveComplaintInput extends CommandInput {
  @Field({ description: 'The complaint resolved.' })
  @IsEntityId()
  complaintId!: string;

  @Field(() => ComplaintOutcomeEnum, { description: 'Founded or unfounded.' })
  @IsEnum(ComplaintOutcome)
  outcome!: ComplaintOutcome;

  @Field({ description: 'How it was resolved.' })
  @IsText(TEXT_MAX_LENGTH)
  resolution!: string;
}

@InputType({ description: 'The client asked for work beyond what was agreed.' })
export class RequestScopeChangeInput extends CommandInput {
  @Field({ description: "The scope change's id, chosen by the caller." })
  @IsEntityId()
  scopeChangeId!: string;

  @Field({ description: 'What the client asked for.' })
  @IsText(TEXT_MAX_LENGTH)
  description!: string;

  @Field(() => Int, { nullable: true, description: 'The estimated work, in minutes, if known.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  estimatedMinutes?: number | null;
}

@InputType({ description: 'The decision on a requested scope change: in or out of contract, billed or not.' })
export class DecideScopeChangeInput extends CommandInput {
  @Field({ description: 'The scope change decided on, as requested.' })
  @IsEntityId()
  scopeChangeId!: string;

  @Field(() => ScopeClassificationEnum, { description: "In or out of the contract's scope." })
  @IsEnum(ScopeClassification)
  classification!: ScopeClassification;

  @Field({ description: 'Whether the work is billed.' })
  @IsBoolean()
  billable!: boolean;

  @Field(() => String, { nullable: true, description: 'Optional words for the timeline.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'Time spent for the client, billable or not.' })
export class LogTimeInput extends CommandInput {
  @Field({ description: "The time entry's id, chosen by the caller." })
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

  @Field({ description: 'Whether the time is billed to the client.' })
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

@InputType({ description: 'A scheduled meeting and what came of it.' })
export class RecordMeetingInput extends CommandInput {
  @Field({ description: "The meeting's id, chosen by the caller." })
  @IsEntityId()
  meetingId!: string;

  @Field(() => DateTimeScalar, { description: 'ISO 8601 instant.' })
  @IsInstant()
  scheduledAt!: string;

  @Field(() => MeetingOutcomeEnum, { description: 'Held, missed by the client, or held with the client unprepared.' })
  @IsEnum(MeetingOutcome)
  outcome!: MeetingOutcome;

  @Field(() => Int, { nullable: true, description: 'How long it lasted, in minutes, for the cost to serve.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MINUTES_PER_DAY)
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Optional words for the timeline.' })
  @IsOptional()
  @IsText(TEXT_MAX_LENGTH)
  note?: string | null;
}

@InputType({ description: 'A recommendation made to the client, and whether it was followed.' })
export class RecordRecommendationInput extends CommandInput {
  @Field({ description: "The recommendation's id, chosen by the caller." })
  @IsEntityId()
  recommendationId!: string;

  @Field({ description: 'What was recommended.' })
  @IsText(TEXT_MAX_LENGTH)
  summary!: string;

  @Field(() => RecommendationOutcomeEnum, { description: 'Whether the client followed it.' })
  @IsEnum(RecommendationOutcome)
  outcome!: RecommendationOutcome;
}

@InputType({ description: 'Abusive behaviour of the client towards staff.' })
export class ReportAbuseInput extends CommandInput {
  @Field({ description: "The report's id, chosen by the caller." })
  @IsEntityId()
  reportId!: string;

  @Field(() => AbuseSeverityEnum, { description: 'Minor or severe; a severe abuse ends the relationship (hard rule).' })
  @IsEnum(AbuseSeverity)
  severity!: AbuseSeverity;

  @Field({ description: 'What happened.' })
  @IsText(TEXT_MAX_LENGTH)
  description!: string;

  @Field({ description: 'The member of staff who was abused or witnessed it.' })
  @IsText(NAME_MAX_LENGTH)
  reportedBy!: string;
}

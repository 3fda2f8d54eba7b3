import { ArgsType, Field } from '@nestjs/graphql';
import { TerminationReason } from '@client-lifecycle/domain';
import { IsEnum, IsOptional } from 'class-validator';
import { DateScalar, IsEntityId, IsLocalDate } from '../shared';
import { TerminationReasonEnum } from '../termination/termination.enums';

@ArgsType()
export class SimulateTerminationArgs {
  @Field(() => String, { description: 'The client whose termination is weighed.' })
  @IsEntityId()
  clientId!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The business day the termination would be decided on: facts up to it count, the 12 months run from it. Today when absent.',
  })
  @IsOptional()
  @IsLocalDate()
  on?: string | null;

  @Field(() => TerminationReasonEnum, {
    nullable: true,
    description: "Why the relationship would end: NON_PAYMENT or ABUSE may end it at once when the contract's exit clause allows. OTHER when absent.",
  })
  @IsOptional()
  @IsEnum(TerminationReason)
  reason?: TerminationReason | null;
}

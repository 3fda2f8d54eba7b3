import { ArgsType, Field } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsOptional, ValidateNested } from 'class-validator';
import { DateScalar, IsEntityId, IsLocalDate } from '../shared';
import { ClientCommandInput } from './client-command.input';

@ArgsType()
export class SimulateArgs {
  @Field(() => String, { description: 'The client to simulate on; it need not be registered yet.' })
  @IsEntityId()
  clientId!: string;

  @Field(() => [ClientCommandInput], {
    description: 'Hypothetical commands, as importClientHistory takes them, decided in order; at most IMPORT_MAX_COMMANDS.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => ClientCommandInput)
  commands!: ClientCommandInput[];

  @Field(() => DateScalar, { nullable: true, description: 'The business day to judge the client as of, before and after; today when absent.' })
  @IsOptional()
  @IsLocalDate()
  on?: string | null;
}

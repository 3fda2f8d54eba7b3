import { ArgsType, Field } from '@nestjs/graphql';
import { IsEntityId } from '../shared';

@ArgsType()
export class ClientDataArgs {
  @Field(() => String, { description: 'The client id the CRM registered it under.' })
  @IsEntityId()
  clientId!: string;
}

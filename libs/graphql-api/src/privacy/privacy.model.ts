import { DateScalar } from '../shared';
import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A client\'s personal data erased: its data key destroyed, every personal field now reads "[erased]".' })
export class ForgetClientPayload {
  @Field({ description: 'The client erased.' })
  clientId!: string;

  @Field(() => DateScalar, { description: 'The business day of the erasure (YYYY-MM-DD).' })
  forgottenOn!: string;

  @Field(() => Int, { description: 'The client stream version with the ClientForgotten event.' })
  version!: number;
}

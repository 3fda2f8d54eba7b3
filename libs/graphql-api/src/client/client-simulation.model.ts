import { Field, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '../shared';
import { CollectionModel } from '../insight/collection.model';
import { ProfitabilityModel } from '../insight/profitability.model';
import { RiskAssessmentModel } from '../insight/risk.model';

@ObjectType('SimulatedInsight', { description: 'Risk, profitability and collection of a client in a simulation, judged as of one business day.' })
export class SimulatedInsightModel {
  @Field(() => DateScalar, { description: 'The business day the client is judged as of.' })
  on!: string;

  @Field(() => RiskAssessmentModel, { description: 'Its risk score, band, archetypes and recommendation as of that day.' })
  risk!: RiskAssessmentModel;

  @Field(() => ProfitabilityModel, { description: 'What it earned and cost up to that day.' })
  profitability!: ProfitabilityModel;

  @Field(() => CollectionModel, { description: 'Its overdue invoices, aging and next collection steps as of that day.' })
  collection!: CollectionModel;
}

@ObjectType('RefusedCommand', { description: 'A command of a simulation the service would refuse; the others were still applied.' })
export class RefusedCommandModel {
  @Field(() => Int, { description: 'Its position in the commands sent, from 0.' })
  commandIndex!: number;

  @Field({ description: 'The stable code it would be refused with, e.g. CLIENT.PAYMENT_EXCEEDS_OPEN_BALANCE.' })
  code!: string;

  @Field({ description: 'Why, in words.' })
  message!: string;
}

@ObjectType('Simulation', { description: 'What hypothetical commands would do to a client: nothing is stored.' })
export class SimulationModel {
  @Field({ description: 'The client simulated on.' })
  clientId!: string;

  @Field(() => SimulatedInsightModel, { nullable: true, description: 'The client as stored; null when it is not registered.' })
  before!: SimulatedInsightModel | null;

  @Field(() => SimulatedInsightModel, { nullable: true, description: 'The client after the accepted commands; null when there is still no client.' })
  after!: SimulatedInsightModel | null;

  @Field(() => [RefusedCommandModel], { description: 'The commands the service would refuse, in order.' })
  refused!: RefusedCommandModel[];

  @Field(() => Int, { description: 'How many events the accepted commands would have stored.' })
  eventCount!: number;
}

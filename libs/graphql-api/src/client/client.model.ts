import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel, DateScalar, DateTimeScalar } from '../shared';
import { type ExitCause, ExitCauseEnum, type InvoiceStatus, InvoiceStatusEnum } from './client.enums';

@ObjectType('ExitClause')
export class ExitClauseModel {
  @Field()
  text!: string;

  @Field(() => [ExitCauseEnum], { description: 'Causes that allow ending the relationship without notice.' })
  immediateExitFor!: ExitCause[];
}

@ObjectType('Contract')
export class ContractModel {
  @Field(() => Int)
  paymentTermsDays!: number;

  @Field(() => Int)
  noticePeriodDays!: number;

  @Field(() => ExitClauseModel)
  exitClause!: ExitClauseModel;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; null for an open-ended contract.' })
  endDate!: string | null;

  @Field(() => MoneyModel)
  hourlyRate!: MoneyModel;

  @Field()
  currency!: string;

  @Field(() => Int)
  contractedHoursPerMonth!: number;
}

@ObjectType('Invoice')
export class InvoiceModel {
  @Field()
  invoiceId!: string;

  @Field(() => MoneyModel)
  amount!: MoneyModel;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => MoneyModel, { description: 'What is still owed on this invoice.' })
  openBalance!: MoneyModel;

  @Field(() => InvoiceStatusEnum)
  status!: InvoiceStatus;

  @Field({ description: 'A complaint names this invoice and is not resolved as unfounded.' })
  disputed!: boolean;
}

@ObjectType('PromiseToPay')
export class PromiseToPayModel {
  @Field()
  promiseId!: string;

  @Field()
  invoiceId!: string;

  @Field(() => MoneyModel)
  amount!: MoneyModel;

  @Field(() => DateScalar)
  promisedDate!: string;
}

@ObjectType('Instalment')
export class InstalmentModel {
  @Field(() => Int)
  instalmentNumber!: number;

  @Field(() => DateScalar)
  dueDate!: string;

  @Field(() => MoneyModel)
  amount!: MoneyModel;
}

@ObjectType('PaymentPlan')
export class PaymentPlanModel {
  @Field()
  planId!: string;

  @Field(() => [String])
  invoiceIds!: string[];

  @Field(() => [InstalmentModel])
  instalments!: InstalmentModel[];
}

@ObjectType('ClientCounts', { description: 'Tallies of interactions over the whole relationship.' })
export class ClientCountsModel {
  @Field(() => Int)
  complaints!: number;

  @Field(() => Int)
  openComplaints!: number;

  @Field(() => Int)
  foundedComplaints!: number;

  @Field(() => Int)
  unfoundedComplaints!: number;

  @Field(() => Int)
  scopeChanges!: number;

  @Field(() => Int)
  outOfContractScopeChanges!: number;

  @Field(() => Int)
  excuses!: number;

  @Field(() => Int)
  reminders!: number;

  @Field(() => Int)
  meetingsHeld!: number;

  @Field(() => Int)
  meetingsMissed!: number;

  @Field(() => Int)
  meetingsClientUnprepared!: number;

  @Field(() => Int)
  recommendationsAccepted!: number;

  @Field(() => Int)
  recommendationsRejected!: number;

  @Field(() => Int)
  abuseReports!: number;

  @Field(() => Int)
  severeAbuseReports!: number;

  @Field(() => Int)
  billableMinutes!: number;

  @Field(() => Int)
  nonBillableMinutes!: number;
}

@ObjectType('Client', { description: "A client's current state, folded from its events." })
export class ClientModel {
  @Field()
  clientId!: string;

  @Field()
  name!: string;

  @Field(() => DateScalar, { description: 'When the relationship began (YYYY-MM-DD), for tenure.' })
  clientSince!: string;

  @Field(() => Int, { description: 'The revision of the last event; pass it as expectedVersion to pin a decision.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant this view is as of, when one was asked for; null for the present.' })
  asOf!: string | null;

  @Field(() => ContractModel)
  contract!: ContractModel;

  @Field(() => [InvoiceModel])
  invoices!: InvoiceModel[];

  @Field(() => MoneyModel, { description: 'Sum of open balances of all invoices.' })
  outstanding!: MoneyModel;

  @Field(() => [PromiseToPayModel])
  promisesToPay!: PromiseToPayModel[];

  @Field(() => [PaymentPlanModel])
  paymentPlans!: PaymentPlanModel[];

  @Field(() => ClientCountsModel)
  counts!: ClientCountsModel;
}

import { Field, Int, ObjectType } from '@nestjs/graphql';
import { MoneyModel, DateScalar, DateTimeScalar, CurrencyScalar } from '../shared';
import { type ExitCause, ExitCauseEnum, type InvoiceStatus, InvoiceStatusEnum } from './client.enums';

@ObjectType('ExitClause', { description: "The contract's exit clause." })
export class ExitClauseModel {
  @Field({ description: 'The clause as written in the contract.' })
  text!: string;

  @Field(() => [ExitCauseEnum], { description: 'Causes that allow ending the relationship without notice.' })
  immediateExitFor!: ExitCause[];
}

@ObjectType('Contract', { description: "The client's current contract terms." })
export class ContractModel {
  @Field(() => Int, { description: 'Days between an invoice and its due date.' })
  paymentTermsDays!: number;

  @Field(() => Int, { description: 'Notice period, in days.' })
  noticePeriodDays!: number;

  @Field(() => ExitClauseModel, { description: 'The exit clause.' })
  exitClause!: ExitClauseModel;

  @Field(() => DateScalar, { description: 'YYYY-MM-DD' })
  startDate!: string;

  @Field(() => DateScalar, { nullable: true, description: 'YYYY-MM-DD; null for an open-ended contract.' })
  endDate!: string | null;

  @Field(() => MoneyModel, { description: 'The hourly rate.' })
  hourlyRate!: MoneyModel;

  @Field(() => CurrencyScalar, { description: 'ISO 4217 code every invoice of this contract uses.' })
  currency!: string;

  @Field(() => Int, { description: 'Hours per month included in the contract.' })
  contractedHoursPerMonth!: number;
}

@ObjectType('Invoice', { description: 'An invoice issued to the client, with what is still owed on it.' })
export class InvoiceModel {
  @Field({ description: "The invoice's id, as the CRM issued it." })
  invoiceId!: string;

  @Field(() => MoneyModel, { description: 'The amount invoiced.' })
  amount!: MoneyModel;

  @Field(() => DateScalar, { description: 'The day it was issued.' })
  issuedOn!: string;

  @Field(() => DateScalar, { description: 'The day payment is due.' })
  dueDate!: string;

  @Field(() => String, { nullable: true, description: 'What the invoice is for.' })
  description!: string | null;

  @Field(() => MoneyModel, { description: 'What is still owed on this invoice.' })
  openBalance!: MoneyModel;

  @Field(() => InvoiceStatusEnum, { description: 'Open, partially paid or paid.' })
  status!: InvoiceStatus;

  @Field({ description: 'A complaint names this invoice and is not resolved as unfounded.' })
  disputed!: boolean;
}

@ObjectType('PromiseToPay', { description: 'A promise the client made to pay an invoice by a day.' })
export class PromiseToPayModel {
  @Field({ description: "The promise's id, as the CRM recorded it." })
  promiseId!: string;

  @Field({ description: 'The invoice the promise is about.' })
  invoiceId!: string;

  @Field(() => MoneyModel, { description: 'The amount promised.' })
  amount!: MoneyModel;

  @Field(() => DateScalar, { description: 'The day the client said it would pay by.' })
  promisedDate!: string;
}

@ObjectType('Instalment', { description: 'One instalment of a payment plan.' })
export class InstalmentModel {
  @Field(() => Int, { description: 'Its rank in the plan, from 1.' })
  instalmentNumber!: number;

  @Field(() => DateScalar, { description: 'The day it is due.' })
  dueDate!: string;

  @Field(() => MoneyModel, { description: "The instalment's amount." })
  amount!: MoneyModel;
}

@ObjectType('PaymentPlan', { description: 'Instalments agreed for a set of open invoices.' })
export class PaymentPlanModel {
  @Field({ description: "The plan's id, as the CRM recorded it." })
  planId!: string;

  @Field(() => [String], { description: 'The invoices the plan covers.' })
  invoiceIds!: string[];

  @Field(() => [InstalmentModel], { description: 'The instalments, in order of due date.' })
  instalments!: InstalmentModel[];
}

@ObjectType('ClientCounts', { description: 'Tallies of interactions over the whole relationship.' })
export class ClientCountsModel {
  @Field(() => Int, { description: 'Complaints filed.' })
  complaints!: number;

  @Field(() => Int, { description: 'Complaints not yet resolved.' })
  openComplaints!: number;

  @Field(() => Int, { description: 'Complaints resolved as founded.' })
  foundedComplaints!: number;

  @Field(() => Int, { description: 'Complaints resolved as unfounded.' })
  unfoundedComplaints!: number;

  @Field(() => Int, { description: 'Scope changes requested.' })
  scopeChanges!: number;

  @Field(() => Int, { description: 'Scope changes decided out of contract.' })
  outOfContractScopeChanges!: number;

  @Field(() => Int, { description: 'Excuses recorded for not paying.' })
  excuses!: number;

  @Field(() => Int, { description: 'Reminders sent.' })
  reminders!: number;

  @Field(() => Int, { description: 'Meetings held.' })
  meetingsHeld!: number;

  @Field(() => Int, { description: 'Meetings the client missed.' })
  meetingsMissed!: number;

  @Field(() => Int, { description: 'Meetings held with the client unprepared.' })
  meetingsClientUnprepared!: number;

  @Field(() => Int, { description: 'Recommendations the client followed.' })
  recommendationsAccepted!: number;

  @Field(() => Int, { description: 'Recommendations the client did not follow.' })
  recommendationsRejected!: number;

  @Field(() => Int, { description: 'Abuse reports, any severity.' })
  abuseReports!: number;

  @Field(() => Int, { description: 'Abuse reports of severity SEVERE.' })
  severeAbuseReports!: number;

  @Field(() => Int, { description: 'Billable time logged, in minutes.' })
  billableMinutes!: number;

  @Field(() => Int, { description: 'Non-billable time logged, in minutes.' })
  nonBillableMinutes!: number;
}

@ObjectType('Client', { description: "A client's current state, folded from its events." })
export class ClientModel {
  @Field({ description: 'The client id the CRM registered it under.' })
  clientId!: string;

  @Field({ description: 'The client\'s name; "[erased]" after forgetClient.' })
  name!: string;

  @Field(() => DateScalar, { description: 'When the relationship began (YYYY-MM-DD), for tenure.' })
  clientSince!: string;

  @Field(() => Int, { description: 'The revision of the last event; pass it as expectedVersion to pin a decision.' })
  version!: number;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant this view is as of, when one was asked for; null for the present.' })
  asOf!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The business day risk, profitability and collection are judged as of, when one was asked for; null for the day of asOf (today for the present).',
  })
  on!: string | null;

  @Field(() => ContractModel, { description: 'The current contract terms.' })
  contract!: ContractModel;

  @Field(() => [InvoiceModel], { description: 'Every invoice, in the order issued.' })
  invoices!: InvoiceModel[];

  @Field(() => MoneyModel, { description: 'Sum of open balances of all invoices.' })
  outstanding!: MoneyModel;

  @Field(() => [PromiseToPayModel], { description: 'Promises to pay the client made.' })
  promisesToPay!: PromiseToPayModel[];

  @Field(() => [PaymentPlanModel], { description: 'Payment plans agreed.' })
  paymentPlans!: PaymentPlanModel[];

  @Field(() => ClientCountsModel, { description: 'Tallies of interactions over the relationship.' })
  counts!: ClientCountsModel;
}

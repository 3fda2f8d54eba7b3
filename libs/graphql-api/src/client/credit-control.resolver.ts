import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AccessRole, ClientCommandHandler } from '@client-lifecycle/application';
import { Allow } from '../access/allow.decorator';
import { CommandPayloadModel } from './command-payload.model';
import { executeClientCommand } from './command-payload.presenter';
import {
  ChargeLateInterestInput,
  GrantSettlementDiscountInput,
  HandOverToCollectionAgencyInput,
  IssueCreditNoteInput,
  PlaceCreditHoldInput,
  RecordCollectionCostInput,
  RecordConductSignalInput,
  RecordLegalActionInput,
  ReleaseCreditHoldInput,
  SetCreditLimitInput,
  WriteOffInvoiceInput,
} from './credit-control.inputs';
import type { GraphqlContext } from './request-context';

/**
 * Credit control outside a termination (docs/collections.md): money facts are FINANCE's, holds
 * and limits a MANAGER's, conduct signals any AGENT's (ADMIN may do all). One mutation per client
 * command, named after it.
 */
@Resolver()
export class CreditControlResolver {
  constructor(@Inject(ClientCommandHandler) private readonly handler: ClientCommandHandler) {}

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Write part or all of an invoice off: it leaves receivables and counts as bad debt.' })
  writeOffInvoice(@Args('input', { description: 'The invoice, the amount and why.' }) input: WriteOffInvoiceInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'WriteOffInvoice', input, context);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Record money paid to recover a debt (agency, lawyer, court): it goes into the cost to serve.' })
  recordCollectionCost(
    @Args('input', { description: 'The kind of cost and its amount.' }) input: RecordCollectionCostInput,
    @Context() context: GraphqlContext,
  ) {
    return executeClientCommand(this.handler, 'RecordCollectionCost', input, context);
  }

  @Allow(AccessRole.Agent, AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, {
    description: 'Record a conduct sign (slow response against the agreed time, disrespect, unreasonable demand, no progress) for the risk model.',
  })
  recordConductSignal(@Args('input', { description: 'The sign, its day and a note.' }) input: RecordConductSignalInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordConductSignal', input, context);
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Stop credit: new invoices on prepayment, new scope changes refused (CLIENT.CREDIT_HOLD).' })
  placeCreditHold(@Args('input', { description: 'Why credit stops.' }) input: PlaceCreditHoldInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'PlaceCreditHold', input, context);
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'End the credit hold.' })
  releaseCreditHold(@Args('input', { description: 'The client.' }) input: ReleaseCreditHoldInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'ReleaseCreditHold', input, context);
  }

  @Allow(AccessRole.Manager)
  @Mutation(() => CommandPayloadModel, { description: 'Set or clear the most the client may owe; above it the risk model recommends CREDIT_HOLD.' })
  setCreditLimit(@Args('input', { description: 'The limit, or null to clear it.' }) input: SetCreditLimitInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'SetCreditLimit', input, context, ['limit']);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Issue a credit note on an invoice: less receivable, less revenue.' })
  issueCreditNote(@Args('input', { description: 'The invoice, the amount and why.' }) input: IssueCreditNoteInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'IssueCreditNote', input, context);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Grant a prompt-payment discount on an invoice, by its due date.' })
  grantSettlementDiscount(
    @Args('input', { description: 'The invoice and the discount.' }) input: GrantSettlementDiscountInput,
    @Context() context: GraphqlContext,
  ) {
    return executeClientCommand(this.handler, 'GrantSettlementDiscount', input, context);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Charge statutory late-payment interest on an invoice for a period after its due date.' })
  chargeLateInterest(
    @Args('input', { description: 'The invoice, the period and the interest.' }) input: ChargeLateInterestInput,
    @Context() context: GraphqlContext,
  ) {
    return executeClientCommand(this.handler, 'ChargeLateInterest', input, context);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Hand open invoices over to a collection agency.' })
  handOverToCollectionAgency(
    @Args('input', { description: 'The invoices and the agency.' }) input: HandOverToCollectionAgencyInput,
    @Context() context: GraphqlContext,
  ) {
    return executeClientCommand(this.handler, 'HandOverToCollectionAgency', input, context);
  }

  @Allow(AccessRole.Finance)
  @Mutation(() => CommandPayloadModel, { description: 'Record a legal action over open invoices.' })
  recordLegalAction(@Args('input', { description: 'The invoices and the step taken.' }) input: RecordLegalActionInput, @Context() context: GraphqlContext) {
    return executeClientCommand(this.handler, 'RecordLegalAction', input, context);
  }
}

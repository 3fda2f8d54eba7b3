import type { LateInterestProposal } from '@client-lifecycle/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CollectionModel, InvoiceCollectionModel } from '../insight/collection.model';
import { moneyOf } from '../shared';
import { LateInterestProposalModel, RecoveryAdviceModel } from './credit-control.model';

/**
 * The credit-control answers of the collection view, read from what the insight presenter built
 * (an invoice carries the domain's fields, the view its recovery advice); an answer kept ready
 * before these fields existed lacks them, so each reads as null until the client's next event.
 */
@Resolver(() => InvoiceCollectionModel)
export class InvoiceLateInterestResolver {
  @ResolveField(() => LateInterestProposalModel, {
    nullable: true,
    description: 'Late-payment interest not charged yet, as of the day the view is judged on; null while nothing accrues.',
  })
  lateInterestProposal(@Parent() invoice: { readonly lateInterestProposal?: LateInterestProposal | null }): LateInterestProposalModel | null {
    const proposal = invoice.lateInterestProposal;
    if (!proposal) return null;
    const { amountMinor, currency, ...period } = proposal;
    return { ...period, amount: { amountMinor, currency } };
  }
}

@Resolver(() => CollectionModel)
export class CollectionRecoveryResolver {
  @ResolveField(() => RecoveryAdviceModel, {
    nullable: true,
    description: 'The cost-of-recovery rule (agency, court or write-off) on the long-overdue debt; null while none is old enough.',
  })
  recovery(@Parent() collection: CollectionModel): RecoveryAdviceModel | null {
    const advice = collection.recoveryAdvice;
    if (!advice) return null;
    return {
      route: advice.route,
      debt: moneyOf(advice.debtMinor, advice.currency),
      invoiceIds: [...advice.invoiceIds],
      options: advice.options.map((option) => ({
        route: option.route,
        expectedRecovery: moneyOf(option.expectedRecoveryMinor, advice.currency),
        recoveryCost: moneyOf(option.recoveryCostMinor, advice.currency),
        net: moneyOf(option.netMinor, advice.currency),
      })),
    };
  }
}

import type { LateInterestProposal, RecoveryAdvice } from '@client-lifecycle/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CollectionModel, InvoiceCollectionModel } from '../insight/collection.model';
import { LateInterestProposalModel, RecoveryAdviceModel } from './credit-control.model';

/**
 * The collection view's credit-control answers, read from the view the insight presenter already
 * built (it carries the domain's fields); absent from an answer kept ready before they existed.
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
  recovery(@Parent() collection: { readonly recovery?: RecoveryAdvice | null }): RecoveryAdviceModel | null {
    const advice = collection.recovery;
    if (!advice) return null;
    return {
      route: advice.route,
      debt: { amountMinor: advice.debtMinor, currency: advice.currency },
      invoiceIds: [...advice.invoiceIds],
      options: advice.options.map((option) => ({ ...option })),
    };
  }
}

import type { LateInterestProposal, RecoveryAdvice } from '@client-lifecycle/domain';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CollectionModel, InvoiceCollectionModel } from '../insight/collection.model';
import { ProfitabilityModel } from '../insight/profitability.model';
import { SafeInt } from '../shared';
import { LateInterestProposalModel, RecoveryAdviceModel } from './credit-control.model';

/**
 * The credit-control answers of the collection and profitability views, read from the views the
 * insight presenter already built (they carry the domain's fields); an answer kept ready before
 * these fields existed lacks them, so each reads as null or zero until the client's next event.
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

@Resolver(() => ProfitabilityModel)
export class ProfitabilityCreditControlResolver {
  @ResolveField(() => SafeInt, { description: 'Credit notes and prompt-payment discounts by asOf: revenue given back.' })
  creditedMinor(@Parent() profitability: { readonly creditedMinor?: number }): number {
    return profitability.creditedMinor ?? 0;
  }

  @ResolveField(() => SafeInt, { description: 'Late-payment interest charged by asOf: finance income on top of the invoices.' })
  lateInterestMinor(@Parent() profitability: { readonly lateInterestMinor?: number }): number {
    return profitability.lateInterestMinor ?? 0;
  }
}

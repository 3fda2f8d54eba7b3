import {
  collectionView,
  dateOf,
  DEFAULT_DRAFT_TERMS,
  DEFAULT_PAYMENT_PLAN_LIMITS,
  type DomainError,
  type DraftKind,
  type DraftLocale,
  type DraftTerms,
  draftFactsOf,
  draftFactsOfEntry,
  type LocalDate,
  type PaymentPlanLimits,
  type PaymentPlanProposal,
  proposePaymentPlan,
  type WorklistEntry,
} from '@client-lifecycle/domain';
import type { Clock, WorklistFilter, WorklistKey, WorklistPage, WorklistStore } from '@client-lifecycle/ports';
import type { ClientQueries } from '../client/client.queries';
import { DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';
import { type RenderedDraft, renderDraft } from './draft.renderer';

export interface WorklistQueriesOptions {
  readonly config?: InsightConfig;
  readonly draftTerms?: DraftTerms;
  readonly paymentPlanLimits?: PaymentPlanLimits;
}

/** The collector's questions: what to do by a day, the words for it, and a plan to offer. */
export class WorklistQueries {
  private readonly config: InsightConfig;
  private readonly terms: DraftTerms;
  private readonly limits: PaymentPlanLimits;

  constructor(
    private readonly store: WorklistStore,
    private readonly clients: ClientQueries,
    private readonly clock: Clock,
    options: WorklistQueriesOptions = {},
  ) {
    this.config = options.config ?? DEFAULT_INSIGHT_CONFIG;
    this.terms = options.draftTerms ?? DEFAULT_DRAFT_TERMS;
    this.limits = options.paymentPlanLimits ?? DEFAULT_PAYMENT_PLAN_LIMITS;
  }

  today(): LocalDate {
    return dateOf(this.clock.now().toISOString());
  }

  list(on: LocalDate, filter: WorklistFilter, first: number, after: WorklistKey | null): Promise<WorklistPage> {
    return this.store.list(on, filter, first, after);
  }

  /** How many entries the list holds on that day with that filter, all pages together. */
  count(on: LocalDate, filter: WorklistFilter): Promise<number> {
    return this.store.count(on, filter);
  }

  /** The entry's ready draft, as of today, from the entry alone. */
  entryDraft(entry: WorklistEntry, locale: DraftLocale): RenderedDraft {
    return renderDraft(draftFactsOfEntry(entry, this.today(), this.terms), locale);
  }

  /** A draft of any kind for the client as it stands today; null for a client that is not registered. */
  async draft(clientId: string, kind: DraftKind, locale: DraftLocale): Promise<RenderedDraft | null> {
    const view = await this.clients.findClient(clientId);
    if (!view) return null;
    const today = this.today();
    const chased = collectionView(view.history, today, this.config.ladder).invoices.find((invoice) => invoice.ladderActive);
    return renderDraft(draftFactsOf(view.history, kind, today, { askForDate: chased?.askForDate ?? false, terms: this.terms }), locale);
  }

  /** A plan for the invoices within the configured limits; null for a client that is not registered. */
  async proposePaymentPlan(clientId: string, invoiceIds: readonly string[]): Promise<PaymentPlanProposal | DomainError | null> {
    const view = await this.clients.findClient(clientId);
    return view && proposePaymentPlan(view.history, invoiceIds, this.today(), this.limits);
  }
}

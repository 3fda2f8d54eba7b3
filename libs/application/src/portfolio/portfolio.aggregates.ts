import {
  addDays,
  AgingBucket,
  agingBucketOf,
  Archetype,
  compareRiskiestFirst,
  type CurrencyCode,
  daysBetween,
  daysPastDue,
  DEFAULT_PORTFOLIO_TOP,
  emptyBuckets,
  type LocalDate,
  type LostMarginRanking,
  portfolioMoney,
  type PortfolioPeriod,
  type PortfolioView,
  Recommendation,
  RiskBand,
  type RiskRanking,
} from '@client-lifecycle/domain';
import type { ClientSummaryChange } from '@client-lifecycle/ports';
import type { PortfolioEntry } from './portfolio.entry';

interface Contribution {
  readonly clientId: string;
  readonly name: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly recommendation: Recommendation;
  readonly archetypes: readonly Archetype[];
  readonly asOf: LocalDate;
  /**
   * The row's portfolio entry as stored, '' for a row written before entries were kept (the
   * aggregates cannot answer until it is re-assessed). Kept serialized and parsed only to add or
   * subtract it: 100,000 parsed entries held a heap the size of the sums many times over.
   */
  readonly entry: string;
  /** The entry's margin and its currency, for the lost-margin list ('' and 0 without an entry). */
  readonly marginCurrency: CurrencyCode;
  readonly contributionMarginMinor: number;
}

type Sums<K> = Map<K, number>;

const add = <K>(sums: Sums<K>, key: K, amount: number) => {
  const next = (sums.get(key) ?? 0) + amount;
  if (next === 0) sums.delete(key);
  else sums.set(key, next);
};

const nested = <K, V>(map: Map<K, V>, key: K, empty: () => V): V => {
  let value = map.get(key);
  if (value === undefined) {
    value = empty();
    map.set(key, value);
  }
  return value;
};

/** Puts `item` in place in `best` (the `top` smallest by `compare`, in order) if it belongs there. */
function offer<T>(best: T[], item: T, top: number, compare: (a: T, b: T) => number): void {
  if (top === 0 || (best.length === top && compare(item, best[best.length - 1]) >= 0)) return;
  let at = best.length;
  while (at > 0 && compare(item, best[at - 1]) < 0) at--;
  best.splice(at, 0, item);
  if (best.length > top) best.pop();
}

/** Keeps the `top` smallest items by `compare`, in order, seeing each item once. */
function smallest<T>(items: Iterable<T>, top: number, compare: (a: T, b: T) => number, keep: (item: T) => boolean = () => true): T[] {
  const best: T[] = [];
  for (const item of items) if (keep(item)) offer(best, item, top, compare);
  return best;
}

/** Written by the projector from the PortfolioEntry type. */
const parsed = (entry: string): PortfolioEntry | null => (entry === '' ? null : (JSON.parse(entry) as PortfolioEntry));

/** Riskiest first as the domain ranks them: let-go before red whatever the scores, then by score. */
const riskiestFirst = (a: Contribution, b: Contribution) => compareRiskiestFirst(a, b) || a.clientId.localeCompare(b.clientId);
const losesMargin = (client: Contribution) => client.contributionMarginMinor < 0;
const mostLostFirst = (a: Contribution, b: Contribution) =>
  a.contributionMarginMinor - b.contributionMarginMinor || a.marginCurrency.localeCompare(b.marginCurrency) || a.clientId.localeCompare(b.clientId);

/**
 * The portfolio as running sums over the clients' stored rows: a client's contribution is
 * subtracted and its new one added whenever its row changes, so an answer costs a pass over the
 * sums, not over the clients' events.
 *
 * What depends on the period, and how it stays exact for any `from` and `to`:
 * - credit sales (invoices issued from `from` through `to`): sums per currency and issue day;
 * - receivables at the end of a day (the aging report at `to`, the opening AR before `from`):
 *   sums per currency, due day and day of each change of an invoice's open balance (issue and
 *   payments, clamped at zero as each invoice is), so the open balance of the invoices due on a
 *   day is known at the end of any day, and its aging bucket follows from that due day;
 * - DSO, best possible DSO, ADD and CEI: derived from those sums by the domain's formulas.
 * What does not: the counts by band, archetype and recommendation, credit loss, margin and the
 * top lists are the rows' own, judged as of the rows' day; they answer a period ending that day
 * (`isJudgedOn`), and a period ending on another day is folded on demand.
 */
export class PortfolioAggregates {
  private readonly clients = new Map<string, Contribution>();
  private readonly bands: Sums<RiskBand> = new Map();
  private readonly archetypes: Sums<Archetype> = new Map();
  private readonly recommendations: Sums<Recommendation> = new Map();
  private readonly judgedOn: Sums<LocalDate> = new Map();
  private withoutEntry = 0;
  /** How many clients are contracted or billed in each currency. */
  private readonly currencies: Sums<CurrencyCode> = new Map();
  private readonly creditLoss: Sums<CurrencyCode> = new Map();
  private readonly margin: Sums<CurrencyCode> = new Map();
  /** Amounts of the invoices issued, per currency and issue day. */
  private readonly sales = new Map<CurrencyCode, Sums<LocalDate>>();
  /** Amounts written off, per currency and day. */
  private readonly writtenOff = new Map<CurrencyCode, Sums<LocalDate>>();
  /** Changes of open balances, per currency, due day and day of the change. */
  private readonly open = new Map<CurrencyCode, Map<LocalDate, Sums<LocalDate>>>();
  /**
   * The top lists of the last answer, kept up to date as rows change (see `put`): ranking every
   * client again per answer was nearly all of an answer's cost. Null until an answer needs them,
   * or after a change to a client that was in them.
   */
  private tops: { readonly top: number; readonly byRisk: Contribution[]; readonly byLostMargin: Contribution[] } | null = null;

  /** Grows with every `put`: an answer made at the same revision is still exact. */
  private changes = 0;

  get clientCount(): number {
    return this.clients.size;
  }

  get revision(): number {
    return this.changes;
  }

  /** Replaces the client's contribution with the one of its new row. */
  put(record: ClientSummaryChange): void {
    this.changes++;
    const previous = this.clients.get(record.clientId);
    if (previous) this.apply(previous, -1, parsed(previous.entry));
    const entry = parsed(record.portfolioEntry);
    const contribution: Contribution = {
      clientId: record.clientId,
      name: record.name,
      score: record.score,
      band: record.band,
      recommendation: record.recommendation,
      archetypes: record.archetypes,
      asOf: record.asOf,
      entry: record.portfolioEntry,
      marginCurrency: entry?.currency ?? '',
      contributionMarginMinor: entry?.contributionMarginMinor ?? 0,
    };
    this.clients.set(record.clientId, contribution);
    this.apply(contribution, 1, entry);
    this.rank(previous, contribution);
  }

  /** Whether every client's row is judged as of the day, with its entry: then `view` answers a period ending that day. */
  isJudgedOn(day: LocalDate): boolean {
    return this.withoutEntry === 0 && (this.judgedOn.get(day) ?? 0) === this.clients.size;
  }

  /** The portfolio over a period ending on the rows' day (see `isJudgedOn`), as `portfolioView` would fold it. */
  view(period: PortfolioPeriod, top: number = DEFAULT_PORTFOLIO_TOP): PortfolioView {
    const daysInPeriod = daysBetween(period.from, period.to) + 1;
    if (!(daysInPeriod >= 1)) throw new RangeError(`The period must not end before it starts: ${period.from} to ${period.to}`);
    if (!Number.isSafeInteger(top) || top < 0) throw new RangeError(`top must be a whole number of clients, not ${top}`);
    const counts = <K extends string>(keys: readonly K[], sums: Sums<K>) =>
      Object.fromEntries(keys.map((key) => [key, sums.get(key) ?? 0])) as Record<K, number>;
    const dayBefore = addDays(period.from, -1);
    return {
      period: { from: period.from, to: period.to },
      daysInPeriod,
      clientCount: this.clients.size,
      clientsByBand: counts(Object.values(RiskBand), this.bands),
      clientsByArchetype: counts(Object.values(Archetype), this.archetypes),
      clientsByRecommendation: counts(Object.values(Recommendation), this.recommendations),
      byCurrency: [...this.currencies.keys()].sort().map((currency) =>
        portfolioMoney(
          currency,
          {
            agingReport: this.receivablesAt(currency, period.to),
            openingAccountsReceivableMinor: Object.values(this.receivablesAt(currency, dayBefore)).reduce((sum, amount) => sum + amount, 0),
            creditSalesMinor: this.creditSales(currency, period.from, period.to),
            writtenOffMinor: this.sumWithin(this.writtenOff.get(currency), period.from, period.to),
            expectedCreditLossMinor: this.creditLoss.get(currency) ?? 0,
            contributionMarginMinor: this.margin.get(currency) ?? 0,
          },
          daysInPeriod,
        ),
      ),
      topByRisk: this.topLists(top).byRisk.map(({ clientId, name, score, band, recommendation }): RiskRanking => ({
        clientId,
        name,
        score,
        band,
        recommendation,
      })),
      topByLostMargin: this.topLists(top).byLostMargin.map(({ clientId, name, marginCurrency, contributionMarginMinor }): LostMarginRanking => ({
        clientId,
        name,
        currency: marginCurrency,
        contributionMarginMinor,
      })),
    };
  }

  private topLists(top: number): NonNullable<PortfolioAggregates['tops']> {
    if (this.tops?.top !== top)
      this.tops = {
        top,
        byRisk: smallest(this.clients.values(), top, riskiestFirst),
        byLostMargin: smallest(this.clients.values(), top, mostLostFirst, losesMargin),
      };
    return this.tops;
  }

  /**
   * Keeps the top lists exact through a client's change: a client that was not in a list leaves
   * it as it was, so the new contribution only has to be offered; one that was in a list may have
   * left room for a client outside it, so the lists are ranked afresh at the next answer.
   */
  private rank(previous: Contribution | undefined, contribution: Contribution): void {
    const tops = this.tops;
    if (!tops) return;
    if (previous && (tops.byRisk.includes(previous) || tops.byLostMargin.includes(previous))) {
      this.tops = null;
      return;
    }
    offer(tops.byRisk, contribution, tops.top, riskiestFirst);
    if (losesMargin(contribution)) offer(tops.byLostMargin, contribution, tops.top, mostLostFirst);
  }

  private receivablesAt(currency: CurrencyCode, day: LocalDate): Record<AgingBucket, number> {
    const buckets = emptyBuckets();
    for (const [dueDate, changes] of this.open.get(currency) ?? []) {
      let open = 0;
      for (const [changedOn, change] of changes) if (changedOn <= day) open += change;
      if (open !== 0) buckets[agingBucketOf(daysPastDue(dueDate, day))] += open;
    }
    return buckets;
  }

  private creditSales(currency: CurrencyCode, from: LocalDate, to: LocalDate): number {
    return this.sumWithin(this.sales.get(currency), from, to);
  }

  private sumWithin(byDay: Sums<LocalDate> | undefined, from: LocalDate, to: LocalDate): number {
    let total = 0;
    for (const [day, amount] of byDay ?? []) if (day >= from && day <= to) total += amount;
    return total;
  }

  private apply(client: Contribution, sign: 1 | -1, entry: PortfolioEntry | null): void {
    add(this.bands, client.band, sign);
    for (const archetype of new Set(client.archetypes)) add(this.archetypes, archetype, sign);
    add(this.recommendations, client.recommendation, sign);
    add(this.judgedOn, client.asOf, sign);
    if (!entry) {
      this.withoutEntry += sign;
      return;
    }
    for (const currency of entry.currencies) add(this.currencies, currency, sign);
    add(this.creditLoss, entry.currency, sign * entry.expectedCreditLossMinor);
    add(this.margin, entry.currency, sign * entry.contributionMarginMinor);
    for (const [currency, issuedOn, dueDate, amountMinor, changes, writeOffs = []] of entry.invoices) {
      add(
        nested(this.sales, currency, () => new Map()),
        issuedOn,
        sign * amountMinor,
      );
      const byDue = nested(this.open, currency, () => new Map<LocalDate, Sums<LocalDate>>());
      const byDay = nested(byDue, dueDate, () => new Map());
      for (const [changedOn, change] of changes) add(byDay, changedOn, sign * change);
      for (const [writtenOffOn, writtenOff] of writeOffs)
        add(
          nested(this.writtenOff, currency, () => new Map()),
          writtenOffOn,
          sign * writtenOff,
        );
      if (byDay.size === 0) byDue.delete(dueDate);
    }
  }
}

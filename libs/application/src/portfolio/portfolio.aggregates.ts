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

/** The first place in `sorted` (ascending by `compare`) whose item does not rank before `item`. */
function firstNotBefore<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle], item) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where `item` goes in `sorted`: after every item that does not rank after it, as a stable sort would put it. */
function placeOf<T>(sorted: readonly T[], item: T, compare: (a: T, b: T) => number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compare(sorted[middle], item) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How many clients a top list keeps beyond the longest list asked for. A client leaving the kept
 * ranking (it changed and now ranks below it) shortens it by one, and the ranking is made afresh
 * over every client only once it is shorter than an answer needs: with 1,000 spare places, once in
 * about 1,000 such changes instead of at every change to a listed client (the clients most watched,
 * and so the most changed: 30 ms and more of CPU over 100,000 clients each time).
 */
const KEPT_BEYOND_TOP = 1_000;

/**
 * The best clients by `compare` among those that `qualify`, kept in order through their changes.
 * Exact by construction: `best` always holds the `best.length` best of all the qualifying clients
 * (every one of them when `complete`). A change removes the client's previous contribution
 * (which keeps that true) and puts its new one in only where it ranks before the last kept one
 * (or anywhere when complete); outside, it ranks after all the kept ones.
 */
class KeptRanking {
  private best: Contribution[] = [];
  private complete = false;
  private depth = 0;

  constructor(
    private readonly compare: (a: Contribution, b: Contribution) => number,
    private readonly qualifies: (client: Contribution) => boolean,
    private readonly keptBeyondTop: number,
  ) {}

  /** The first `top`, ranked afresh over `clients` when the kept ones are too few to tell. */
  first(top: number, clients: () => Iterable<Contribution>): readonly Contribution[] {
    if (!this.complete && this.best.length < top) this.rankAfresh(top, clients());
    return this.best.length === top ? this.best : this.best.slice(0, top);
  }

  change(previous: Contribution | undefined, next: Contribution): void {
    if (previous && this.qualifies(previous)) {
      let at = firstNotBefore(this.best, previous, this.compare);
      while (at < this.best.length && this.best[at] !== previous && this.compare(this.best[at], previous) === 0) at++;
      if (this.best[at] === previous) this.best.splice(at, 1);
    }
    if (!this.qualifies(next)) return;
    const at = placeOf(this.best, next, this.compare);
    if (at === this.best.length && !this.complete) return;
    this.best.splice(at, 0, next);
    if (this.best.length > this.depth) {
      this.best.pop();
      this.complete = false;
    }
  }

  private rankAfresh(top: number, clients: Iterable<Contribution>): void {
    this.depth = Math.max(this.depth, top + this.keptBeyondTop);
    const best: Contribution[] = [];
    for (const client of clients) {
      if (!this.qualifies(client) || (best.length === this.depth && this.compare(client, best[best.length - 1]) >= 0)) continue;
      best.splice(placeOf(best, client, this.compare), 0, client);
      if (best.length > this.depth) best.pop();
    }
    this.best = best;
    this.complete = best.length < this.depth;
  }
}

/** Written by the projector from the PortfolioEntry type. */
const parsed = (entry: string): PortfolioEntry | null => (entry === '' ? null : (JSON.parse(entry) as PortfolioEntry));

/** Riskiest first as the domain ranks them: let-go before red whatever the scores, then by score. */
const riskiestFirst = (a: Contribution, b: Contribution) => compareRiskiestFirst(a, b) || a.clientId.localeCompare(b.clientId);
const losesMargin = (client: Contribution) => client.contributionMarginMinor < 0;
const everyClient = () => true;
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
  /** The top lists, kept through every change (see KeptRanking): ranked over every client at the first answer, and seldom after. */
  private readonly byRisk: KeptRanking;
  private readonly byLostMargin: KeptRanking;

  /** `keptBeyondTop`: see KEPT_BEYOND_TOP; smaller in tests, so that ranking afresh happens. */
  constructor(keptBeyondTop = KEPT_BEYOND_TOP) {
    this.byRisk = new KeptRanking(riskiestFirst, everyClient, keptBeyondTop);
    this.byLostMargin = new KeptRanking(mostLostFirst, losesMargin, keptBeyondTop);
  }

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
    this.byRisk.change(previous, contribution);
    this.byLostMargin.change(previous, contribution);
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
      topByRisk: this.byRisk
        .first(top, () => this.clients.values())
        .map(({ clientId, name, score, band, recommendation }): RiskRanking => ({
          clientId,
          name,
          score,
          band,
          recommendation,
        })),
      topByLostMargin: this.byLostMargin
        .first(top, () => this.clients.values())
        .map(({ clientId, name, marginCurrency, contributionMarginMinor }): LostMarginRanking => ({
          clientId,
          name,
          currency: marginCurrency,
          contributionMarginMinor,
        })),
    };
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

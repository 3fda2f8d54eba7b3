/** Test support for the portfolio specs: clients folded from events, read as of the period's end. Not imported by production code. */
import type { ClientFact, ClientHistory } from '../client-history';
import { on } from '../client-history/client-history.fixtures';
import { foldClientHistory } from '../client-history/client-history.fold';
import { clientRegistered, invoiceIssued, meetingRecorded, moneyIn, paymentRecorded, promiseToPayRecorded, timeLogged } from '../client/client.fixtures';
import { MeetingOutcome, PaymentKind } from '../client/client.vocabulary';
import { collectionView, paymentIndex, promiseRecord } from '../collection';
import { profitabilityView } from '../profitability';
import { assessRisk, type RiskMeasures } from '../risk';
import type { CurrencyCode, LocalDate } from '../shared';
import type { PortfolioClient, PortfolioPeriod } from './portfolio.model';

/** March 2026: 31 days. Every client's read models are computed as of its last day. */
export const MARCH: PortfolioPeriod = { from: '2026-03-01', to: '2026-03-31' };
export const AS_OF = MARCH.to;

/** A client's facts before registration is added; each builder knows its client's currency. */
export interface ClientBook {
  readonly currency: CurrencyCode;
  /** An invoice of `amountMinor`, issued and recorded on `issuedOn`. */
  invoice(invoiceId: string, amountMinor: number, issuedOn: LocalDate, dueDate: LocalDate): ClientFact;
  /** A payment on an invoice, made and recorded on `paidOn`, leaving `openAfterMinor` owed. */
  payment(invoiceId: string, amountMinor: number, paidOn: LocalDate, openAfterMinor?: number): ClientFact;
  /** A promise to pay the whole invoice by `promisedDate`, made on `madeOn`. */
  promise(invoiceId: string, amountMinor: number, madeOn: LocalDate, promisedDate: LocalDate): ClientFact;
  /** Billable hours worked on a day. */
  worked(timeEntryId: string, hours: number, workedOn: LocalDate): ClientFact;
  /** A meeting the client did not attend. */
  missedMeeting(meetingId: string, day: LocalDate): ClientFact;
}

export const bookIn = (currency: CurrencyCode): ClientBook => ({
  currency,
  invoice: (invoiceId, amountMinor, issuedOn, dueDate) =>
    on(issuedOn, invoiceIssued({ invoiceId, amount: moneyIn(currency, amountMinor), issuedOn, dueDate }), `InvoiceIssued#${invoiceId}`),
  payment: (invoiceId, amountMinor, paidOn, openAfterMinor = 0) =>
    on(
      paidOn,
      paymentRecorded({
        paymentId: `PAY#${invoiceId}@${paidOn}`,
        invoiceId,
        paidOn,
        amount: moneyIn(currency, amountMinor),
        openBalanceAfter: moneyIn(currency, openAfterMinor),
        kind: openAfterMinor === 0 ? PaymentKind.Full : PaymentKind.Partial,
      }),
      `PaymentRecorded#${invoiceId}@${paidOn}`,
    ),
  promise: (invoiceId, amountMinor, madeOn, promisedDate) =>
    on(
      madeOn,
      promiseToPayRecorded({ promiseId: `PTP#${invoiceId}@${madeOn}`, invoiceId, amount: moneyIn(currency, amountMinor), promisedDate }),
      `PromiseToPayRecorded#${invoiceId}@${madeOn}`,
    ),
  worked: (timeEntryId, hours, workedOn) =>
    on(workedOn, timeLogged({ timeEntryId, minutes: hours * 60, billable: true, workedOn }), `TimeLogged#${timeEntryId}`),
  missedMeeting: (meetingId, day) =>
    on(day, meetingRecorded({ meetingId, scheduledAt: `${day}T10:00:00.000Z`, outcome: MeetingOutcome.Missed }), `MeetingRecorded#${meetingId}`),
});

export const EUR = bookIn('EUR');
export const USD = bookIn('USD');

function historyOf(clientId: string, name: string, currency: CurrencyCode, facts: readonly ClientFact[]): ClientHistory {
  const registered = clientRegistered({ currency, hourlyRate: moneyIn(currency, 9_000) }, { clientId, name, clientSince: '2025-01-01' });
  const history = foldClientHistory([on('2025-01-01', registered, `ClientRegistered#${clientId}`), ...facts]);
  if (!history) throw new Error('the client must be registered');
  return history;
}

/**
 * One portfolio entry, with risk and profitability from the real read models as of asOf; the risk
 * measures are assembled the way the client insight query assembles them.
 */
export function portfolioClient(
  clientId: string,
  facts: readonly ClientFact[],
  { currency = 'EUR', name = clientId.toUpperCase(), asOf = AS_OF }: { currency?: CurrencyCode; name?: string; asOf?: LocalDate } = {},
): PortfolioClient {
  const history = historyOf(clientId, name, currency, facts);
  const profitability = profitabilityView(history, asOf);
  const promises = promiseRecord(history, asOf);
  const measures: RiskMeasures = {
    paymentIndex: paymentIndex(history, asOf),
    overdueByBucket: collectionView(history, asOf).overdueByBucket,
    promises: { kept: promises.kept, broken: promises.broken, brokenPromiseEventIds: promises.brokenPromiseEventIds },
    averageMonthlyBillingMinor: profitability.averageMonthlyBillingMinor,
    contributionMarginMinor: profitability.contributionMarginMinor,
    contributionMarginPercent: profitability.contributionMarginPercent,
  };
  return { history, risk: assessRisk(history, asOf, measures), profitability };
}

// ---- the clients of the specs ----------------------------------------------------------------

/** Pays every invoice on its due date. */
export const goodPayer = (clientId: string, book: ClientBook = EUR) =>
  portfolioClient(clientId, [book.invoice(`${clientId}-1`, 100_000, '2026-02-01', '2026-03-03'), book.payment(`${clientId}-1`, 100_000, '2026-03-03')], {
    currency: book.currency,
  });

/** Has not paid a cent since November, broke its promise, and soaks up hours: red and losing money. */
export const nonPayer = (clientId: string, book: ClientBook = EUR) =>
  portfolioClient(
    clientId,
    [
      book.invoice(`${clientId}-1`, 100_000, '2025-11-01', '2025-12-01'),
      book.promise(`${clientId}-1`, 100_000, '2026-01-05', '2026-01-20'),
      book.worked(`${clientId}-T`, 40, '2025-11-20'),
    ],
    { currency: book.currency },
  );

/** Pays, but misses meetings: a time-waster. */
export const timeWaster = (clientId: string, book: ClientBook = EUR) =>
  portfolioClient(
    clientId,
    [
      book.invoice(`${clientId}-1`, 100_000, '2026-02-01', '2026-03-03'),
      book.payment(`${clientId}-1`, 100_000, '2026-03-03'),
      book.missedMeeting(`${clientId}-M1`, '2026-03-10'),
      book.missedMeeting(`${clientId}-M2`, '2026-03-17'),
    ],
    { currency: book.currency },
  );

/** Invoiced on 1 January, still unpaid on 31 March (59 days past due): amber, renegotiate. */
export const slowPayer = (clientId: string, book: ClientBook = EUR) =>
  portfolioClient(clientId, [book.invoice(`${clientId}-1`, 100_000, '2026-01-01', '2026-01-31')], { currency: book.currency });

/**
 * DOMAIN.md's receivables worked example for March (31 days), in one client's book:
 * - A-1, 1,000.00 issued 15 Jan, due 14 Feb, 400.00 paid 10 Mar: 600.00 open, 45 days past due (31–60);
 * - A-4, 500.00 issued 1 Feb, due 3 Mar, unpaid: 28 days past due (1–30);
 * - A-3, 1,000.00 issued 1 Mar, due 16 Mar, paid 20 Mar: closed;
 * - A-2, 2,000.00 issued 5 Mar, due 4 Apr: current.
 * Opening AR (28 Feb) 1,500.00; credit sales 3,000.00; closing AR 3,100.00, of which current 2,000.00.
 */
export const marchBook = (clientId = 'a', book: ClientBook = EUR) =>
  portfolioClient(
    clientId,
    [
      book.invoice(`${clientId}-1`, 100_000, '2026-01-15', '2026-02-14'),
      book.invoice(`${clientId}-4`, 50_000, '2026-02-01', '2026-03-03'),
      book.invoice(`${clientId}-3`, 100_000, '2026-03-01', '2026-03-16'),
      book.invoice(`${clientId}-2`, 200_000, '2026-03-05', '2026-04-04'),
      book.payment(`${clientId}-1`, 40_000, '2026-03-10', 60_000),
      book.payment(`${clientId}-3`, 100_000, '2026-03-20'),
    ],
    { currency: book.currency },
  );

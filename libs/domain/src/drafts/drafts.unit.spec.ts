import { story } from '../calibration/client-story.fixtures';
import { draftFactsOf, lateInterestMinor } from './draft.facts';
import { DraftKind, DraftLocale, localeFromAcceptLanguage } from './draft.vocabulary';

describe('the locale a request asks for', () => {
  it.each([
    ['es-ES,es;q=0.9,en;q=0.8', DraftLocale.ES],
    ['en-GB,en;q=0.9', DraftLocale.EN],
    ['fr-FR,fr;q=0.9,es;q=0.8,en;q=0.5', DraftLocale.ES],
    ['en;q=0.4, es;q=0.7', DraftLocale.ES],
    ['es;q=0, en', DraftLocale.EN],
    ['de-DE', DraftLocale.EN],
    ['', DraftLocale.EN],
  ])('Accept-Language %j gives %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('falls back to the locale given when the header names neither language', () => {
    expect(localeFromAcceptLanguage(undefined, DraftLocale.ES)).toBe(DraftLocale.ES);
  });
});

describe('late-payment interest', () => {
  it('is simple interest per day at the yearly rate, rounded to the minor unit', () => {
    expect(lateInterestMinor(240_000, 51, 10.15)).toBe(3_404);
    expect(lateInterestMinor(240_000, 0, 10.15)).toBe(0);
    expect(lateInterestMinor(240_000, -3, 10.15)).toBe(0);
  });
});

describe('what a draft says', () => {
  /** A (1,000.00, due 9 February) overdue, B (500.00, due 3 April) not yet due, on 15 March 2026. */
  const history = story('ACME').invoice('2026-01-10', 100_000, 'A').invoice('2026-03-04', 50_000, 'B').build();

  it('a ladder draft lists only the invoices past due, with their interest', () => {
    const facts = draftFactsOf(history, DraftKind.FormalLetter, '2026-03-15');

    expect(facts.invoices.map((invoice) => invoice.invoiceId)).toEqual(['A']);
    expect(facts).toMatchObject({ totalMinor: 100_000, oldestDaysPastDue: 34, interestMinor: lateInterestMinor(100_000, 34, 10.15), replyBy: '2026-03-22' });
  });

  it('the termination drafts list every open invoice and take effect after the notice period', () => {
    const facts = draftFactsOf(history, DraftKind.TerminationNotice, '2026-03-15');

    expect(facts.invoices.map((invoice) => invoice.invoiceId)).toEqual(['A', 'B']);
    expect(facts).toMatchObject({ totalMinor: 150_000, noticeDays: history.contract.noticePeriodDays, effectiveDate: '2026-03-30' });
  });
});

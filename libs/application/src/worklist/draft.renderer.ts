import { IntlMessageFormat } from 'intl-messageformat';
import {
  type DraftFacts,
  type DraftKind,
  DraftLocale,
  type DraftTemplates,
  EN_TEMPLATES,
  ES_TEMPLATES,
  LOCALE_TAG,
  type LocalDate,
} from '@client-lifecycle/domain';

export interface RenderedDraft {
  readonly kind: DraftKind;
  readonly locale: DraftLocale;
  readonly subject: string;
  readonly body: string;
}

const TEMPLATES: Record<DraftLocale, DraftTemplates> = { [DraftLocale.ES]: ES_TEMPLATES, [DraftLocale.EN]: EN_TEMPLATES };

/** Compiled messages and formatters, per locale: parsing a template costs more than rendering it. */
const compiled = new Map<string, IntlMessageFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<DraftLocale, Intl.DateTimeFormat>();
const percentFormats = new Map<DraftLocale, Intl.NumberFormat>();

function message(locale: DraftLocale, key: string, text: string): IntlMessageFormat {
  const cacheKey = `${locale}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) compiled.set(cacheKey, (format = new IntlMessageFormat(text, LOCALE_TAG[locale])));
  return format;
}

function money(locale: DraftLocale, currency: string, amountMinor: number): string {
  const cacheKey = `${locale}:${currency}`;
  let format = moneyFormats.get(cacheKey);
  if (!format) moneyFormats.set(cacheKey, (format = new Intl.NumberFormat(LOCALE_TAG[locale], { style: 'currency', currency })));
  return format.format(amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}

function date(locale: DraftLocale, day: LocalDate): string {
  let format = dateFormats.get(locale);
  // Business days carry no time zone: formatting them at UTC midnight keeps the day as written.
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(LOCALE_TAG[locale], { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${day}T00:00:00Z`));
}

function percent(locale: DraftLocale, value: number): string {
  let format = percentFormats.get(locale);
  if (!format) percentFormats.set(locale, (format = new Intl.NumberFormat(LOCALE_TAG[locale], { style: 'percent', maximumFractionDigits: 2 })));
  return format.format(value / 100);
}

/** A draft put in the locale's words, amounts and dates; the templates live in the domain (libs/domain/src/drafts/templates). */
export function renderDraft(facts: DraftFacts, locale: DraftLocale): RenderedDraft {
  const templates = TEMPLATES[locale];
  const template = templates.drafts[facts.kind];
  const line = message(locale, 'invoiceLine', templates.invoiceLine);
  const invoiceList = facts.invoices
    .map((invoice) =>
      line.format({
        invoiceId: invoice.invoiceId,
        amount: money(locale, facts.currency, invoice.openBalanceMinor),
        dueDate: date(locale, invoice.dueDate),
        overdue: invoice.daysPastDue > 0 ? 'yes' : 'no',
        days: invoice.daysPastDue,
      }),
    )
    .join('\n');
  const values = {
    client: facts.clientName,
    total: money(locale, facts.currency, facts.totalMinor),
    count: facts.invoices.length,
    invoiceList,
    oldestDays: facts.oldestDaysPastDue,
    interest: money(locale, facts.currency, facts.interestMinor),
    interestRate: percent(locale, facts.annualInterestPercent),
    askForDate: facts.askForDate ? 'yes' : 'no',
    replyBy: date(locale, facts.replyBy),
    today: date(locale, facts.today),
    noticeDays: facts.noticeDays,
    effectiveDate: date(locale, facts.effectiveDate),
    recovery: money(locale, facts.currency, facts.expectedRecoveryMinor),
    legalCost: money(locale, facts.currency, facts.legalCostMinor),
    reason: facts.hold?.reason ?? 'none',
    creditLimit: money(locale, facts.currency, facts.hold?.creditLimitMinor ?? 0),
  };
  return {
    kind: facts.kind,
    locale,
    subject: String(message(locale, `${facts.kind}:subject`, template.subject).format(values)),
    body: String(message(locale, `${facts.kind}:body`, template.body).format(values)),
  };
}

import { IntlMessageFormat } from 'intl-messageformat';
import {
  DraftLocale,
  EN_EVENT_MESSAGES,
  EN_RISK_MESSAGES,
  ES_EVENT_MESSAGES,
  ES_RISK_MESSAGES,
  ES_TERMS,
  LOCALE_TAG,
  type Message,
  type MessageParam,
  termInEnglish,
} from '@client-lifecycle/domain';

/** The templates live in the domain (libs/domain/src/messages/templates), one set per locale. */
const TEMPLATES: Record<DraftLocale, Readonly<Record<string, string>>> = {
  [DraftLocale.EN]: { ...EN_RISK_MESSAGES, ...EN_EVENT_MESSAGES },
  [DraftLocale.ES]: { ...ES_RISK_MESSAGES, ...ES_EVENT_MESSAGES },
};

/** Parsing a template costs more than rendering it: compiled once per locale and key. */
const compiled = new Map<string, IntlMessageFormat>();
const moneyFormats = new Map<string, Intl.NumberFormat>();

function formatOf(locale: DraftLocale, key: string, text: string): IntlMessageFormat {
  const cacheKey = `${locale}:${key}`;
  let format = compiled.get(cacheKey);
  if (!format) compiled.set(cacheKey, (format = new IntlMessageFormat(text, LOCALE_TAG[locale])));
  return format;
}

function moneyFormat(locale: DraftLocale, currency: string): Intl.NumberFormat {
  const cacheKey = `${locale}:${currency}`;
  let format = moneyFormats.get(cacheKey);
  if (!format) moneyFormats.set(cacheKey, (format = new Intl.NumberFormat(LOCALE_TAG[locale], { style: 'currency', currency })));
  return format;
}

/**
 * A value put in the locale's words. English money keeps the timeline's `1200.00 EUR` (what
 * integrations read today); Spanish money and terms are written the Spanish way.
 */
function valueOf(param: MessageParam, locale: DraftLocale): string | number {
  if (typeof param !== 'object') return param;
  if ('term' in param) return locale === DraftLocale.ES ? (ES_TERMS[param.term] ?? termInEnglish(param)) : termInEnglish(param);
  const format = moneyFormat(locale, param.currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const major = param.amountMinor / 10 ** digits;
  return locale === DraftLocale.EN ? `${major.toFixed(digits)} ${param.currency}` : format.format(major);
}

/**
 * A message in the reader's language, from its key's template in that locale (the English one
 * when the locale has none, the key itself when neither has: a new key never fails a read).
 */
export function renderMessage(said: Message, locale: DraftLocale): string {
  const text = TEMPLATES[locale][said.key] ?? TEMPLATES[DraftLocale.EN][said.key];
  const values = Object.fromEntries(Object.entries(said.params).map(([name, param]) => [name, valueOf(param, locale)]));
  const rendered =
    text === undefined ? said.key : String(formatOf(text === TEMPLATES[locale][said.key] ? locale : DraftLocale.EN, said.key, text).format(values));
  return said.then === undefined ? rendered : `${rendered} ${renderMessage(said.then, locale)}`;
}

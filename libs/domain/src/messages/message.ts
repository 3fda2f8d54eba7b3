import type { Money } from '../shared';

/** A vocabulary value (`CASH_FLOW`) a message names: the renderer puts it in the reader's words. */
export interface Term {
  readonly term: string;
}

/** A value a message is filled with; the renderer formats numbers, money and terms for the locale. */
export type MessageParam = string | number | Money | Term;

export const term = (value: string): Term => ({ term: value });

/** `CASH_FLOW` → `cash flow`: a term in English. */
export const termInEnglish = ({ term: value }: Term): string => value.toLowerCase().replace(/_/g, ' ');

/**
 * Plain words as data: a template key (libs/domain/src/messages/templates) and the values to fill
 * it with, so a reader can be answered in its language. `then` is a sentence that follows.
 */
export interface Message {
  readonly key: string;
  readonly params: Readonly<Record<string, MessageParam>>;
  readonly then?: Message;
}

export const message = (key: string, params: Readonly<Record<string, MessageParam>> = {}, then?: Message): Message =>
  then === undefined ? { key, params } : { key, params, then };

/**
 * A template cut at its `{name}` placeholders: text at even indexes, names at odd ones
 * (`'{points}/{max} points'` → `['', 'points', '/', 'max', ' points']`).
 */
type TemplateParts = readonly string[];

/** By template set, then key: a rebuild writes millions of explanations from a few dozen templates, each cut once. */
const partsByTemplates = new WeakMap<Readonly<Record<string, string>>, Map<string, TemplateParts>>();

function templatePartsOf(key: string, templates: Readonly<Record<string, string>>): TemplateParts {
  let byKey = partsByTemplates.get(templates);
  if (!byKey) partsByTemplates.set(templates, (byKey = new Map()));
  let parts = byKey.get(key);
  if (!parts) byKey.set(key, (parts = (templates[key] ?? key).split(/\{(\w+)\}/)));
  return parts;
}

const paramInEnglish = (value: MessageParam): string => {
  if (typeof value !== 'object') return String(value);
  return 'term' in value ? termInEnglish(value) : `${value.amountMinor} ${value.currency}`;
};

/**
 * A risk message in the domain's own English (the `explanation` strings): the English template
 * with each `{name}` replaced by its value as written, no locale formatting; a placeholder
 * without a value stays as it is.
 */
export function inPlainEnglish(said: Message, templates: Readonly<Record<string, string>>): string {
  const parts = templatePartsOf(said.key, templates);
  let text = parts[0];
  for (let at = 1; at < parts.length; at += 2) {
    const value = said.params[parts[at]];
    text += (value === undefined ? `{${parts[at]}}` : paramInEnglish(value)) + parts[at + 1];
  }
  return said.then === undefined ? text : `${text} ${inPlainEnglish(said.then, templates)}`;
}

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
 * A risk message in the domain's own English (the `explanation` strings): the English template
 * with each `{name}` replaced by its value as written, no locale formatting.
 */
export function inPlainEnglish(said: Message, templates: Readonly<Record<string, string>>): string {
  const template = templates[said.key] ?? said.key;
  const text = template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = said.params[name];
    if (value === undefined) return placeholder;
    if (typeof value !== 'object') return String(value);
    return 'term' in value ? termInEnglish(value) : `${value.amountMinor} ${value.currency}`;
  });
  return said.then === undefined ? text : `${text} ${inPlainEnglish(said.then, templates)}`;
}

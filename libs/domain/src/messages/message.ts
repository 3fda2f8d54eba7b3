import type { Money } from '../shared';

/** A value a message is filled with; the renderer formats numbers and money for the locale. */
export type MessageParam = string | number | Money;

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
    return value === undefined ? placeholder : typeof value === 'object' ? `${value.amountMinor} ${value.currency}` : String(value);
  });
  return said.then === undefined ? text : `${text} ${inPlainEnglish(said.then, templates)}`;
}

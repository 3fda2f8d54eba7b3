import { isInstant, isIsoCurrencyCode, isLocalDate, isPlausibleText } from '@client-lifecycle/domain';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/** Ids CRMs send for clients, invoices, payments...: printable, no spaces, bounded. */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
export const ENTITY_ID_RULE = 'must be 1 to 64 characters: letters, digits, ".", "_", ":" or "-", starting with a letter or digit';

export const NAME_MAX_LENGTH = 200;
export const TEXT_MAX_LENGTH = 4_000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

const rule = (name: string, check: (value: unknown) => boolean, message: string, options?: ValidationOptions) =>
  ValidateBy({ name, validator: { validate: check, defaultMessage: () => message } }, options);

export const IsIsoCurrency = (options?: ValidationOptions) =>
  rule(
    'isIsoCurrency',
    (value) => typeof value === 'string' && isIsoCurrencyCode(value),
    '$property must be an ISO 4217 currency code such as EUR or USD',
    options,
  );

export const IsLocalDate = (options?: ValidationOptions) =>
  rule('isLocalDate', (value) => typeof value === 'string' && isLocalDate(value), '$property must be a calendar date YYYY-MM-DD', options);

export const IsInstant = (options?: ValidationOptions) =>
  rule(
    'isInstant',
    (value) => typeof value === 'string' && isInstant(value),
    '$property must be an ISO 8601 instant with a time zone, e.g. 2026-03-01T09:30:00Z',
    options,
  );

export const IsEntityId = (options?: ValidationOptions) =>
  rule('isEntityId', (value) => typeof value === 'string' && ENTITY_ID.test(value), `$property ${ENTITY_ID_RULE}`, options);

/**
 * Shows at least one visible character, hides nothing (no control characters but newline and tab,
 * no bidi overrides, no lone surrogates) and is bounded, so a CRM cannot store blanks, invisible
 * text or a novel. The domain applies the same rule to commands that do not come through here.
 */
export const IsText = (maxLength: number, options?: ValidationOptions) =>
  rule(
    'isText',
    (value) => typeof value === 'string' && value.length <= maxLength && isPlausibleText(value),
    `$property must be text of at most ${maxLength} characters with a visible character, and no control characters other than newline and tab`,
    options,
  );

/**
 * How a refusal should be read by callers; the API maps each kind to one stable
 * `extensions.code` in a single place.
 */
export enum DomainErrorKind {
  NotFound = 'NOT_FOUND',
  Conflict = 'CONFLICT',
  InvalidInput = 'INVALID_INPUT',
  Forbidden = 'FORBIDDEN',
}

/** A refused command: returned by deciders as data, never thrown from the domain. */
export class DomainError<Code extends string = string> {
  constructor(
    readonly code: Code,
    readonly kind: DomainErrorKind,
    readonly message: string,
    readonly details: Readonly<Record<string, string | number | boolean | null>> = {},
  ) {}
}

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

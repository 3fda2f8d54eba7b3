import type { ValidationError } from 'class-validator';

export interface FieldViolation {
  /** Dotted path inside the input, e.g. `contract.hourlyRate.amountMinor`. */
  readonly field: string;
  readonly messages: readonly string[];
}

/** Thrown by the validation pipe so the error filter can list every offending field at once. */
export class InputValidationError extends Error {
  constructor(readonly violations: readonly FieldViolation[]) {
    super(`Invalid input: ${violations.map((violation) => violation.messages.join('; ')).join('; ')}`);
    this.name = 'InputValidationError';
  }

  static from(errors: readonly ValidationError[]): InputValidationError {
    return new InputValidationError(flatten(errors, ''));
  }
}

function flatten(errors: readonly ValidationError[], prefix: string): FieldViolation[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own: FieldViolation[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints).map((message) => message.replace(error.property, field)) }]
      : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

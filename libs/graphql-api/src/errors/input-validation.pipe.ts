import { hash } from 'node:crypto';
import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { type ClassConstructor, plainToInstance } from 'class-transformer';
import { InputValidationError } from './input-validation.error';

/** Inputs remembered as accepted, every input class together; the least recently seen go first. */
const REMEMBERED_INPUTS = 10_000;

/** Longer inputs (an import, a long note) are validated each time: they are seldom sent twice, and validating them costs little beside their command. */
const REMEMBERED_INPUT_CHARS = 4_096;

/**
 * The global ValidationPipe (class-validator on every argument class: unknown fields refused, the
 * input turned into its class), remembering the inputs it accepted: the same arguments again (a
 * client read over and over, the same page of the list) are turned into their class without being
 * validated a second time, which cost tens of microseconds a request. Every rule of these classes
 * checks the value alone (no clock, no store), so an input once accepted always is; an input
 * refused is validated each time, and refused with the same errors.
 */
export class InputValidationPipe extends ValidationPipe {
  private readonly accepted = new Map<string, true>();
  private readonly classIds = new Map<ClassConstructor<unknown>, number>();

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => InputValidationError.from(errors),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const key = metadata.metatype && this.toValidate(metadata) ? this.keyOf(metadata.metatype as ClassConstructor<unknown>, value) : null;
    if (key === null) return super.transform(value, metadata);
    if (this.accepted.delete(key)) {
      this.accepted.set(key, true);
      // What the pipe does to an input it accepts (with transform on): gaps closed, prototype keys dropped, an instance made.
      this.closeArrayGaps(value);
      this.stripProtoKeys(value);
      return plainToInstance(metadata.metatype as ClassConstructor<unknown>, value, this.transformOptions);
    }
    const transformed = await super.transform(value, metadata);
    this.accepted.set(key, true);
    if (this.accepted.size > REMEMBERED_INPUTS) this.accepted.delete(this.accepted.keys().next().value!); // size > 0 here
    return transformed;
  }

  /**
   * The class and a digest of the input's JSON, for a plain object as GraphQL arguments are
   * (dense arrays, no prototype but Object's or none) of at most REMEMBERED_INPUT_CHARS; null for
   * anything else, always validated. A digest, not the JSON: what callers sent (a client's name)
   * must not stay in memory after the client's erasure, nor fill it.
   */
  private keyOf(metatype: ClassConstructor<unknown>, value: unknown): string | null {
    if (value === null || typeof value !== 'object') return null;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== null && prototype !== Object.prototype) return null;
    let id = this.classIds.get(metatype);
    if (id === undefined) {
      id = this.classIds.size;
      this.classIds.set(metatype, id);
    }
    const json = JSON.stringify(value);
    return json.length > REMEMBERED_INPUT_CHARS ? null : `${id}:${hash('sha256', json, 'base64')}`;
  }
}

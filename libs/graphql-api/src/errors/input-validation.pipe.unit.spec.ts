import { IsInt, IsOptional, IsString, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { InputValidationError } from './input-validation.error';
import { InputValidationPipe } from './input-validation.pipe';

class PageFilter {
  @IsString()
  band!: string;
}

class PageArgs {
  @IsOptional()
  @ValidateNested()
  @Type(() => PageFilter)
  filter?: PageFilter | null;

  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;
}

const asArgs = { type: 'body', metatype: PageArgs, data: undefined } as const;
/** GraphQL hands arguments over as objects without a prototype. */
const args = (fields: object): object => Object.assign(Object.create(null) as object, fields);

describe('validating the arguments of a field', () => {
  const pipe = new InputValidationPipe();

  it('turns an accepted input into its class, the first time and each time after', async () => {
    for (let time = 0; time < 3; time++) {
      const page = await pipe.transform(args({ filter: args({ band: 'RED' }), first: 50 }), asArgs);

      expect(page).toBeInstanceOf(PageArgs);
      expect((page as PageArgs).filter).toBeInstanceOf(PageFilter);
      expect(page).toEqual({ filter: { band: 'RED' }, first: 50 });
    }
  });

  it('keeps what a caller sent nowhere in memory: a name must not outlive its erasure', async () => {
    const own = new InputValidationPipe();

    await own.transform(args({ filter: args({ band: 'Ada Lovelace' }), first: 50 }), asArgs);

    // The memo is private; reading it is the only way to see what the process holds.
    const remembered = [...(own as unknown as { accepted: Map<string, true> }).accepted.keys()];
    expect(remembered).toHaveLength(1);
    expect(remembered.join()).not.toContain('Lovelace');
  });

  it('validates a long input each time rather than remember it', async () => {
    const own = new InputValidationPipe();
    const long = args({ filter: args({ band: 'R'.repeat(5_000) }), first: 50 });

    await expect(own.transform(long, asArgs)).resolves.toBeInstanceOf(PageArgs);

    expect((own as unknown as { accepted: Map<string, true> }).accepted.size).toBe(0);
  });

  it('hands each request an instance of its own', async () => {
    const first = await pipe.transform(args({ first: 20 }), asArgs);
    const again = await pipe.transform(args({ first: 20 }), asArgs);

    expect(again).not.toBe(first);
  });

  it('refuses a refused input each time with the same violations, and an unknown field too', async () => {
    const refusals = [];
    for (let time = 0; time < 2; time++) refusals.push(await pipe.transform(args({ first: 500, extra: 1 }), asArgs).catch((error: unknown) => error));

    expect(refusals[0]).toBeInstanceOf(InputValidationError);
    expect((refusals[0] as InputValidationError).violations).toEqual([
      { field: 'extra', messages: ['property extra should not exist'] },
      { field: 'first', messages: ['first must not be greater than 100'] },
    ]);
    expect((refusals[1] as InputValidationError).violations).toEqual((refusals[0] as InputValidationError).violations);
  });

  it('still refuses an input the same as an accepted one but for a field more', async () => {
    await pipe.transform(args({ first: 30 }), asArgs);

    await expect(pipe.transform(args({ first: 30, extra: 'x' }), asArgs)).rejects.toBeInstanceOf(InputValidationError);
  });

  it('drops prototype keys from an input accepted before, as the first time', async () => {
    for (let time = 0; time < 2; time++) {
      const page = await pipe.transform(JSON.parse('{"first": 40, "__proto__": {"polluted": true}}') as object, asArgs);

      expect(page).toEqual({ first: 40 });
      expect(Object.getPrototypeOf(page)).toBe(PageArgs.prototype);
      expect((page as { polluted?: boolean }).polluted).toBeUndefined();
    }
  });

  it('leaves values of the primitive types as they come', async () => {
    expect(await pipe.transform('client-1', { type: 'body', metatype: String, data: 'id' })).toBe('client-1');
  });
});

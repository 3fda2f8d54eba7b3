import { registerEnumType } from '@nestjs/graphql';

/**
 * As `schemaEnum` (the enum keyed by its SCREAMING_CASE values), with a description on every
 * value: the record's type makes a value without one a compile error.
 */
export function describedEnum<E extends Record<string, string>>(
  domainEnum: E,
  name: string,
  description: string,
  values: Readonly<Record<E[keyof E], string>>,
) {
  const byValue = Object.fromEntries(Object.values(domainEnum).map((value) => [value, value])) as { readonly [V in E[keyof E]]: V };
  // Keyed by the same values as byValue, which is all registerEnumType asks of the map.
  const valuesMap = Object.fromEntries(Object.entries(values).map(([value, text]) => [value, { description: text as string }])) as Partial<
    Record<E[keyof E], { description: string }>
  >;
  registerEnumType(byValue, { name, description, valuesMap });
  return byValue;
}

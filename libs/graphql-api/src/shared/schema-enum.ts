import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL names an enum value after the TypeScript key (`Abuse`); CRMs expect the domain's
 * SCREAMING_CASE values (`ABUSE`), so each schema enum is keyed by its own values. `values`
 * describes each value: the schema checks require a description on every one.
 */
export function schemaEnum<E extends Record<string, string>>(
  domainEnum: E,
  name: string,
  description?: string,
  values?: { readonly [V in E[keyof E]]: string },
) {
  const byValue = Object.fromEntries(Object.values(domainEnum).map((value) => [value, value])) as {
    readonly [V in E[keyof E]]: V;
  };
  const valuesMap =
    values &&
    (Object.fromEntries(Object.entries(values).map(([value, text]) => [value, { description: text }])) as Partial<Record<E[keyof E], { description: string }>>);
  registerEnumType(byValue, { name, description, valuesMap });
  return byValue;
}

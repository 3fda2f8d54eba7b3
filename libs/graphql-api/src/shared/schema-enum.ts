import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL names an enum value after the TypeScript key (`Abuse`); CRMs expect the domain's
 * SCREAMING_CASE values (`ABUSE`), so each schema enum is keyed by its own values.
 */
export function schemaEnum<E extends Record<string, string>>(domainEnum: E, name: string, description?: string) {
  const byValue = Object.fromEntries(Object.values(domainEnum).map((value) => [value, value])) as {
    readonly [V in E[keyof E]]: V;
  };
  registerEnumType(byValue, { name, description });
  return byValue;
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema, isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { printGraphqlSchema, SCHEMA_FILE_NAME } from './print-schema';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** Every type, field, argument and enum value without a description, as `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (!type.description && !ROOT_TYPES.has(type.name)) missing.push(type.name);
    if (isObjectType(type) || isInputObjectType(type))
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing.sort();
}

describe('the GraphQL schema clients rely on', () => {
  let built: GraphQLSchema;
  let printed: string;

  beforeAll(async () => {
    printed = await printGraphqlSchema();
    built = buildSchema(printed);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(built)).toEqual([]);
  });

  it('is the committed schema.graphql, and names any breaking change (docs/graphql-schema.md: deprecate before removing)', async () => {
    const committed = readFileSync(join(__dirname, '../../../..', SCHEMA_FILE_NAME), 'utf8');
    if (printed === committed) return;

    const changes = await diff(buildSchema(committed), built);
    const breaking = changes.filter((change) => change.criticality.level === CriticalityLevel.Breaking).map((change) => change.message);
    throw new Error(
      [
        'The schema the code builds differs from the committed schema.graphql: run `npm run schema:export` and commit it.',
        breaking.length === 0
          ? 'No breaking change.'
          : `Breaking changes for clients (deprecate with @Field({ deprecationReason }) first, remove later):\n- ${breaking.join('\n- ')}`,
      ].join('\n'),
    );
  });
});

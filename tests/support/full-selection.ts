import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, getNamedType, type GraphQLField, GraphQLObjectType, isNonNullType, isObjectType } from 'graphql';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../schema.graphql'), 'utf8'));

const askable = (field: GraphQLField<unknown, unknown>): boolean => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);

/**
 * Every field of a type reachable within `depth` levels that needs no argument, as a selection
 * set: an answer to it serialises each value the type can hold (the regression of issue 11 was a
 * sum failing to serialise). Fields in `skip` (by name) are left out, e.g. nested connections.
 */
export function fullSelection(typeName: string, depth: number, skip: ReadonlySet<string> = new Set()): string {
  const type = schema.getType(typeName);
  if (!(type instanceof GraphQLObjectType)) throw new Error(`${typeName} is not an object type of schema.graphql`);
  return selectionOf(type, depth, skip) ?? '__typename';
}

function selectionOf(type: GraphQLObjectType, depth: number, skip: ReadonlySet<string>): string | null {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (skip.has(field.name) || !askable(field)) continue;
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      parts.push(field.name);
      continue;
    }
    if (depth === 0) continue;
    const inner = selectionOf(named, depth - 1, skip);
    if (inner !== null) parts.push(`${field.name} { ${inner} }`);
  }
  return parts.length === 0 ? null : parts.join(' ');
}

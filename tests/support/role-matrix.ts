import { getIntrospectionQuery, type IntrospectionInputTypeRef, type IntrospectionQuery, type IntrospectionType, type IntrospectionTypeRef } from 'graphql';
import type { GraphqlClient } from './graphql-client';

/** One root field as the served schema has it, with an operation that calls it with placeholder arguments. */
export interface CallableField {
  readonly type: 'Query' | 'Mutation';
  readonly name: string;
  readonly document: string;
}

const PLACEHOLDER_SCALARS: Readonly<Record<string, string>> = {
  String: '"x"',
  ID: '"x"',
  Int: '1',
  Float: '1',
  Boolean: 'false',
  SafeInt: '1',
  JSONObject: '{}',
  Date: '"2026-01-01"',
  DateTime: '"2026-01-01T00:00:00Z"',
  Currency: '"EUR"',
};

/**
 * Every Query and Mutation field of the served schema, each with a document that passes GraphQL's
 * own validation: every required argument gets a placeholder of its type, so the request reaches
 * the roles guard (business validation comes after it, and may refuse the placeholder).
 */
export async function callableRootFields(api: GraphqlClient): Promise<CallableField[]> {
  const { __schema } = await api.data<IntrospectionQuery>(getIntrospectionQuery());
  const types = new Map(__schema.types.map((type) => [type.name, type]));
  const literal = (ref: IntrospectionInputTypeRef): string => {
    if (ref.kind === 'NON_NULL') return literal(ref.ofType);
    if (ref.kind === 'LIST') return '[]';
    const type = types.get(ref.name)!; // introspection names only types it lists
    if (type.kind === 'ENUM') return type.enumValues[0].name;
    if (type.kind === 'INPUT_OBJECT')
      return `{ ${type.inputFields
        .filter((field) => field.type.kind === 'NON_NULL')
        .map((field) => `${field.name}: ${literal(field.type)}`)
        .join(', ')} }`;
    return PLACEHOLDER_SCALARS[ref.name] ?? '"x"';
  };
  const selection = (ref: IntrospectionTypeRef): string => {
    const named = ref.kind === 'NON_NULL' || ref.kind === 'LIST' ? null : ref.name;
    if (named === null) return selection((ref as { ofType: IntrospectionTypeRef }).ofType);
    const kind = (types.get(named) as IntrospectionType).kind;
    return kind === 'OBJECT' || kind === 'INTERFACE' || kind === 'UNION' ? ' { __typename }' : '';
  };
  const fieldsOf = (typeName: string | undefined, type: 'Query' | 'Mutation'): CallableField[] => {
    const root = typeName ? types.get(typeName) : undefined;
    if (!root || root.kind !== 'OBJECT') return [];
    return root.fields.map((field) => {
      const args = field.args.filter((arg) => arg.type.kind === 'NON_NULL').map((arg) => `${arg.name}: ${literal(arg.type)}`);
      const call = `${field.name}${args.length > 0 ? `(${args.join(', ')})` : ''}${selection(field.type)}`;
      return { type, name: field.name, document: `${type === 'Query' ? 'query' : 'mutation'} { ${call} }` };
    });
  };
  return [...fieldsOf(__schema.queryType?.name, 'Query'), ...fieldsOf(__schema.mutationType?.name, 'Mutation')];
}

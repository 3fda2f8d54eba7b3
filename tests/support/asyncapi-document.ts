import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** The parts of the AsyncAPI document the specs read. */
export interface AsyncApiDocument {
  readonly asyncapi: string;
  readonly channels: Record<
    string,
    { address: string; messages: Record<string, { $ref: string }>; bindings?: { kafka?: { topicConfiguration?: Record<string, unknown> } } }
  >;
  readonly components: {
    readonly messages: Record<string, { payload: JsonSchema; headers?: JsonSchema; traits?: { $ref: string }[] }>;
    readonly messageTraits: Record<string, { headers: JsonSchema }>;
    readonly schemas: Record<string, JsonSchema>;
  };
}

export interface JsonSchema {
  readonly $ref?: string;
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly required?: readonly string[];
  readonly properties?: Record<string, JsonSchema>;
  readonly additionalProperties?: boolean;
  readonly items?: JsonSchema;
  readonly oneOf?: readonly JsonSchema[];
  readonly pattern?: string;
}

export const ASYNCAPI_FILE = resolve(__dirname, '../../asyncapi.yaml');

export const readAsyncApi = (): AsyncApiDocument => parse(readFileSync(ASYNCAPI_FILE, 'utf8')) as AsyncApiDocument;

/** Follows a local `#/components/...` reference. */
export function resolveRef(document: AsyncApiDocument, schema: JsonSchema): JsonSchema {
  if (!schema.$ref) return schema;
  const target = schema.$ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], document);
  if (!target) throw new Error(`Unresolved reference ${schema.$ref}`);
  return resolveRef(document, target as JsonSchema);
}

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value);

/**
 * The problems of a value against a schema, for the subset of JSON Schema the document uses
 * (type, enum, const, required, properties, additionalProperties: false, items, oneOf, pattern).
 */
export function violations(document: AsyncApiDocument, schemaOrRef: JsonSchema, value: unknown, path = '$'): string[] {
  const schema = resolveRef(document, schemaOrRef);
  if (schema.oneOf) {
    const matching = schema.oneOf.filter((option) => violations(document, option, value, path).length === 0);
    return matching.length === 1 ? [] : [`${path}: matches ${matching.length} of oneOf`];
  }
  const problems: string[] = [];
  const actual = typeOf(value);
  if (schema.type) {
    const allowed = typeof schema.type === 'string' ? [schema.type] : schema.type;
    const fits = allowed.includes(actual) || (actual === 'integer' && allowed.includes('number'));
    if (!fits) return [`${path}: ${actual} is not ${allowed.join(' or ')}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (schema.const !== undefined && schema.const !== value) problems.push(`${path}: ${JSON.stringify(value)} is not ${JSON.stringify(schema.const)}`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value))
    problems.push(`${path}: ${value} does not match ${schema.pattern}`);
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const name of schema.required ?? []) if (!(name in record)) problems.push(`${path}.${name} is missing`);
    for (const [name, item] of Object.entries(record)) {
      const property = schema.properties?.[name];
      if (property) problems.push(...violations(document, property, item, `${path}.${name}`));
      else if (schema.additionalProperties === false) problems.push(`${path}.${name} is not in the schema`);
    }
  }
  if (actual === 'array' && schema.items)
    (value as unknown[]).forEach((item, index) => problems.push(...violations(document, schema.items as JsonSchema, item, `${path}[${index}]`)));
  return problems;
}

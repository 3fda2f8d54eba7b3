import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { FIELD_COSTS } from './field-costs';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../schema.graphql'), 'utf8'));

describe('the field cost table', () => {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) => (type ? [type] : []));

  it.each(roots.flatMap((root) => Object.keys(root.getFields()).map((field) => `${root.name}.${field}`)))('gives %s a cost of its own', (key) => {
    expect(FIELD_COSTS[key]).toBeDefined();
  });

  it('names only fields the schema has, so a renamed field cannot keep a stale cost', () => {
    const missing = Object.keys(FIELD_COSTS).filter((key) => {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      return !isObjectType(type) || !(fieldName in type.getFields());
    });

    expect(missing).toEqual([]);
  });

  it('sizes only fields that take a `first` argument', () => {
    const unsized = Object.entries(FIELD_COSTS)
      .filter(([, cost]) => cost.sizedBy)
      .filter(([key]) => {
        const [typeName, fieldName] = key.split('.');
        const type = schema.getType(typeName);
        return !isObjectType(type) || !type.getFields()[fieldName].args.some((argument) => argument.name === 'first');
      });

    expect(unsized).toEqual([]);
  });
});

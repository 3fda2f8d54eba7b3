import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, type OperationDefinitionNode, parse, validate } from 'graphql';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_EXAMPLE_TABS } from './graphiql-default-query';
import { DEFAULT_REQUEST_LIMITS, QueryLimitsCheck } from './limits';

const schema = buildSchema(readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8'));
const operations = (query: string) =>
  parse(query).definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');

describe('the documents GraphiQL opens with', () => {
  it.each([GRAPHIQL_DEFAULT_QUERY, ...GRAPHIQL_EXAMPLE_TABS.map((tab) => tab.query)].map((query) => [operations(query)[0].name?.value, query]))(
    '%s and the operations beside it are valid against the schema and run under the default limits',
    (_, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
      const limits = new QueryLimitsCheck(DEFAULT_REQUEST_LIMITS);
      for (const operation of operations(query)) {
        const single = query.slice(operation.loc?.start, operation.loc?.end);
        expect([operation.name?.value, limits.check(schema, single, {}).exceeded]).toEqual([operation.name?.value, []]);
      }
    },
  );

  it('has a tab per person, each titled by its first operation and holding a subscription', () => {
    const tabs = GRAPHIQL_EXAMPLE_TABS.map((tab) => operations(tab.query));

    expect(tabs.map((tab) => tab[0].name?.value)).toEqual(['SupportAgent_FindClient', 'CreditController_RedClients', 'Manager_AwaitingDecision']);
    for (const tab of tabs) expect(tab.map((operation) => operation.operation)).toContain('subscription');
  });
});

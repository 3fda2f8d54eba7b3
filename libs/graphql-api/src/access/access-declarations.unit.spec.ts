import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Query, Resolver } from '@nestjs/graphql';
import { GRAPHQL_RESOLVERS } from '../schema/resolvers';
import { rootFieldsOf } from './root-fields';
import { withRolesTable } from './roles-table';

const SECURITY_DOC = join(__dirname, '../../../../docs/security.md');

describe('roles declared on the GraphQL API', () => {
  const fields = rootFieldsOf(GRAPHQL_RESOLVERS);

  it('covers every query, mutation and subscription the gateway serves', () => {
    expect(fields.filter((field) => field.type === 'Query').map((field) => field.name)).toEqual(
      expect.arrayContaining(['client', 'clients', 'portfolio', 'apiKeys']),
    );
    expect(fields.filter((field) => field.type === 'Subscription')).toHaveLength(2);
    expect(fields.filter((field) => field.type === 'Mutation').length).toBeGreaterThanOrEqual(31);
  });

  it('has a declaration on every root field: an undeclared one would be refused to everyone', () => {
    expect(fields.filter((field) => field.allowed === null).map((field) => `${field.type}.${field.name}`)).toEqual([]);
  });

  it('would report a field that declares no roles', () => {
    @Resolver()
    class Undeclared {
      @Query(() => String)
      forgotten() {
        return 'nobody may read this';
      }
    }

    expect(rootFieldsOf([Undeclared])).toEqual([{ type: 'Query', name: 'forgotten', allowed: null }]);
  });

  it('always lets ADMIN in', () => {
    expect(fields.filter((field) => !field.allowed?.includes('ADMIN' as never))).toEqual([]);
  });

  it('matches the table in docs/security.md (run `npm run docs:roles` after changing a declaration)', () => {
    const document = readFileSync(SECURITY_DOC, 'utf8');

    expect(withRolesTable(document, fields)).toBe(document);
  });
});

import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GRAPHQL_RESOLVERS, rootFieldsOf, withRolesTable } from '@client-lifecycle/graphql-api';

/** `npm run docs:roles`: rewrites the roles table of docs/security.md from the resolvers' @Allow declarations. */
const file = resolve('docs/security.md');
writeFileSync(file, withRolesTable(readFileSync(file, 'utf8'), rootFieldsOf(GRAPHQL_RESOLVERS)));
console.log(`Wrote the roles table of ${file}`);

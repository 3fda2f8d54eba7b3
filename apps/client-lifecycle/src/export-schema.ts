import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { printGraphqlSchema, SCHEMA_FILE_NAME } from '@client-lifecycle/graphql-api';

/** `npm run schema:export`: refreshes the committed SDL that CRM integrators code against. */
printGraphqlSchema()
  .then((sdl) => {
    const file = resolve(SCHEMA_FILE_NAME);
    writeFileSync(file, sdl);
    console.log(`Wrote ${file}`);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });

/** What the test suites read from the environment, in one place as the app's config is. */
export const TEST_ENVIRONMENT = {
  /** The PostgreSQL server the suites use: the local one of the README unless pointed elsewhere. */
  databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
} as const;

// Test level lives in the file name (.unit/.int/.e2e.spec.ts), so each level is a jest project.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const moduleNameMapper = {
  '^@client-lifecycle/(domain|ports|adapters|application|graphql-api|testing)$': '<rootDir>/libs/$1/src',
};
const project = (name, pattern, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  testMatch: [`<rootDir>/{apps,libs,tests}/**/*.${pattern}.spec.ts`],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  testEnvironment: 'node',
  ...extra,
});
module.exports = {
  projects: [
    project('unit', 'unit'),
    project('int', 'int', { testTimeout: 60_000 }),
    project('e2e', 'e2e', { testTimeout: 120_000, globalSetup: '<rootDir>/tests/support/build-app.global-setup.ts' }),
  ],
};

// Test level lives in the file name (.unit/.int/.e2e.spec.ts), so each level is a jest project.
// Jest ignores `testTimeout` inside a project, so each level sets its own in a setup file.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
// jose ships as ES modules only: jest (CommonJS here) compiles it like our own code.
const swcForJs = ['@swc/jest', { jsc: { target: 'es2022' }, module: { type: 'commonjs' } }];
const moduleNameMapper = {
  '^@client-lifecycle/(domain|ports|adapters|application|graphql-api|testing)$': '<rootDir>/libs/$1/src',
};
const project = (name, pattern, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  testMatch: [`<rootDir>/{apps,libs,tests}/**/*.${pattern}.spec.ts`],
  transform: { '^.+\\.ts$': swc, '/node_modules/jose/.+\\.js$': swcForJs },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  moduleNameMapper,
  testEnvironment: 'node',
  ...extra,
});
module.exports = {
  // e2e specs spawn the real app and serve JWKS and Kafka test brokers; a spec that fails half-way
  // can leave one of those behind, and a CI run must end with its verdict instead of waiting on it.
  forceExit: true,
  projects: [
    project('unit', 'unit'),
    project('int', 'int', { setupFilesAfterEnv: ['<rootDir>/tests/support/int-timeout.setup.ts'] }),
    project('e2e', 'e2e', {
      setupFilesAfterEnv: ['<rootDir>/tests/support/e2e-timeout.setup.ts'],
      globalSetup: '<rootDir>/tests/support/build-app.global-setup.ts',
    }),
  ],
};

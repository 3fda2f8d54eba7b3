// The layer rules of DESIGN.md, checked on every `npm test`.
const notSpec = '\\.spec\\.ts$';
const lib = (name) => `^libs/${name}/src/`;

const layer = (name, comment, forbidden) => ({
  name: `${name}-imports`,
  comment,
  severity: 'error',
  from: { path: lib(name), pathNot: notSpec },
  to: { path: forbidden },
});

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'The domain is pure TypeScript: no framework, no I/O, no other layer.',
      severity: 'error',
      from: { path: lib('domain'), pathNot: notSpec },
      to: { pathNot: [lib('domain'), '^node_modules/typescript/'], dependencyTypesNot: ['type-only'] },
    },
    layer('ports', 'Ports are interfaces over the domain vocabulary.', `^(apps/|tests/|libs/(application|adapters|graphql-api|testing)/)`),
    layer(
      'application',
      'The application layer depends on ports, never on a concrete adapter or the API.',
      `^(apps/|tests/|libs/(adapters|graphql-api|testing)/)`,
    ),
    layer('adapters', 'Adapters implement ports; they know nothing of use cases or the API.', `^(apps/|tests/|libs/(application|graphql-api|testing)/)`),
    layer('graphql-api', 'The gateway talks to the application layer; adapters are chosen by the app.', `^(apps/|tests/|libs/(adapters|testing)/)`),
    layer('testing', 'Test support builds on ports and domain only.', `^(apps/|tests/|libs/(application|graphql-api)/)`),
    {
      name: 'no-production-code-imports-tests',
      severity: 'error',
      from: { path: '^(apps|libs)/', pathNot: [notSpec, lib('testing')] },
      to: { path: ['^tests/', '\\.spec\\.ts$', lib('testing')] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};

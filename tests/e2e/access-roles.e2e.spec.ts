import { ACCESS_ROLES } from '@client-lifecycle/application';
import { GRAPHQL_RESOLVERS, rootFieldsOf } from '@client-lifecycle/graphql-api';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { createApiKey } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { type CallableField, callableRootFields } from '../support/role-matrix';

// Generated from the resolvers' @Allow declarations: a new field joins the matrix by itself.
const DECLARED = rootFieldsOf(GRAPHQL_RESOLVERS).filter((field) => field.type !== 'Subscription');
const CASES = DECLARED.flatMap((field) =>
  ACCESS_ROLES.map((role) => ({ type: field.type, field: field.name, role, allowed: field.allowed?.includes(role) ?? false })),
);

describe('every query and mutation, for every role: allowed, or FORBIDDEN before anything runs', () => {
  let dataDir: string;
  let app: RunningApp;
  let served: Map<string, CallableField>;
  const asRole = new Map<string, GraphqlClient>();

  beforeAll(async () => {
    dataDir = temporaryDataDir('roles');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
    const admin = new GraphqlClient(app.graphqlUrl);
    served = new Map((await callableRootFields(admin)).map((field) => [`${field.type}.${field.name}`, field]));
    for (const role of ACCESS_ROLES) asRole.set(role, admin.as((await createApiKey(app.graphqlUrl, `only ${role}`, [role])).secret));
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('declares roles for exactly the fields the schema serves', () => {
    expect(DECLARED.map((field) => `${field.type}.${field.name}`).sort()).toEqual([...served.keys()].sort());
  });

  it.each(CASES)('$type.$field as $role: allowed $allowed', async ({ type, field, role, allowed }) => {
    const callable = served.get(`${type}.${field}`)!; // the test above fails when a declared field is not served
    const { errors = [] } = await asRole.get(role)!.request(callable.document);

    const refusal = errors.find((error) => error.extensions.code === 'FORBIDDEN' && error.extensions.reason === 'AUTH.ROLE_REQUIRED');
    if (allowed) {
      expect(refusal).toBeUndefined();
      expect(errors.filter((error) => error.extensions.code === 'UNAUTHENTICATED')).toEqual([]);
    } else {
      expect(refusal?.extensions.details).toEqual({ required: expect.arrayContaining(['ADMIN']), had: [role] });
    }
  });
});

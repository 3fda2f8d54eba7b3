import { GraphqlClient } from '../support/graphql-client';
import { runAppToExit, startApp, temporaryDataDir, removeDataDir } from '../support/app-process';

describe('configuration read at boot', () => {
  it('stops the app with a message naming each bad variable', async () => {
    const dataDir = temporaryDataDir('config');
    try {
      const { code, output } = await runAppToExit({ PORT: 'eighty', EVENT_STORE: 'cassandra', DATA_DIR: dataDir });

      expect(code).toBe(1);
      expect(output).toContain('Invalid configuration');
      expect(output).toContain('PORT="eighty" is not valid: expected an integer from 0 to 65535');
      expect(output).toContain('EVENT_STORE="cassandra" is not valid: expected sqlite');
    } finally {
      removeDataDir(dataDir);
    }
  });

  it('keeps the schema open to GraphiQL when run as in production (NODE_ENV=production, as npm start and the image do)', async () => {
    const dataDir = temporaryDataDir('production');
    const app = await startApp({ dataDir, env: { NODE_ENV: 'production' } });
    try {
      const { __schema } = await new GraphqlClient(app.graphqlUrl).data('{ __schema { queryType { name } } }');

      expect(__schema).toEqual({ queryType: { name: 'Query' } });
    } finally {
      await app.stop();
      removeDataDir(dataDir);
    }
  });
});

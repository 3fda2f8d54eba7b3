import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { mutationDocument, registerClientWithAbuseExit } from '../support/client-mutations';
import { wsConnectionParams } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { eventually } from '../support/time';

interface RiskChanged {
  readonly clientId: string;
  readonly band: string;
  readonly previousBand: string | null;
}

describe('an account manager is told when a client turns risky', () => {
  let dataDir: string;
  let app: RunningApp;

  beforeAll(async () => {
    dataDir = temporaryDataDir('risk-changed');
    app = await startApp({ dataDir, env: { SCHEDULER: 'off' } });
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it('pushes a riskChanged message over graphql-ws when a severe abuse report makes the client one to let go', async () => {
    const api = new GraphqlClient(app.graphqlUrl);
    await registerClientWithAbuseExit(api, 'rude', 'Rude Ltd');
    // Let the list catch up with the registration, so the next change has a "before".
    await eventually(
      async () => {
        const health = (await (await fetch(`${app.baseUrl}/health`)).json()) as { projectionLag: { clientSummaries: number } };
        return health.projectionLag.clientSummaries === 0;
      },
      'the client list caught up',
      100,
      50,
    );

    const ws = createClient({ url: app.graphqlUrl.replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, connectionParams: wsConnectionParams() });
    try {
      const received = new Promise<RiskChanged>((resolve, reject) => {
        const unsubscribe = ws.subscribe<{ riskChanged: RiskChanged }>(
          { query: 'subscription { riskChanged(clientId: "rude") { clientId band previousBand } }' },
          {
            next: (message) => {
              if (message.data) {
                unsubscribe();
                resolve(message.data.riskChanged);
              } else reject(new Error(JSON.stringify(message.errors)));
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      // graphql-ws does not acknowledge a subscription: give the server a moment to register it before the change.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await api.data(mutationDocument('reportAbuse'), {
        input: { clientId: 'rude', reportId: 'AB-1', severity: 'SEVERE', description: 'Threatened the designer', reportedBy: 'Studio lead' },
      });

      expect(await received).toEqual({ clientId: 'rude', band: 'LET_GO', previousBand: 'GREEN' });
    } finally {
      await ws.dispose();
    }
  });
});

import { mutationDocument } from '../support/client-mutations';
import { ADMIN_KEY_EVENTS, bearer, createApiKey, E2E_ADMIN_API_KEY } from '../support/credentials';
import { GraphqlClient } from '../support/graphql-client';
import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';

const CONTRACT = {
  paymentTermsDays: 30,
  exitClause: { text: 'Standard notice', immediateExitFor: [] },
  startDate: '2026-01-01',
  hourlyRate: { amountMinor: 10_000, currency: 'EUR' },
  currency: 'EUR',
  contractedHoursPerMonth: 20,
};

/** The ADMIN_API_KEY event at boot, then one event each: the Prometheus key's creation and the accepted registerClient. */
const APPENDS = ADMIN_KEY_EVENTS + 2;

/** The value of one series in a Prometheus text scrape, or undefined when it is absent. */
function sample(scrape: string, series: string): number | undefined {
  const line = scrape.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics as Prometheus scrapes it', () => {
  let dataDir: string;
  let app: RunningApp;
  let scrape: string;
  let contentType: string | null;

  beforeAll(async () => {
    dataDir = temporaryDataDir('metrics');
    app = await startApp({ dataDir });
    // Prometheus scrapes with a key of its own that holds the METRICS role only; making it appends one event.
    const prometheus = await createApiKey(app.graphqlUrl, 'prometheus', ['METRICS']);
    const api = new GraphqlClient(app.graphqlUrl);
    await api.data(mutationDocument('registerClient'), { input: { clientId: 'acme', name: 'Acme', contract: CONTRACT } });
    await api.request(mutationDocument('registerClient'), { input: { clientId: 'acme', name: 'Acme again', contract: CONTRACT } });
    await api.data('query ListClients { clients(first: 5) { totalCount } }');
    await fetch(`${app.baseUrl}/no-such-page`, { headers: bearer(E2E_ADMIN_API_KEY) });
    const response = await fetch(`${app.baseUrl}/metrics`, { headers: bearer(prometheus.secret) });
    contentType = response.headers.get('content-type');
    scrape = await response.text();
  });

  afterAll(async () => {
    await app.stop();
    removeDataDir(dataDir);
  });

  it('answers in the Prometheus text format with the process metrics', () => {
    expect(contentType).toContain('text/plain');
    expect(sample(scrape, 'client_lifecycle_process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sample(scrape, 'client_lifecycle_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
  });

  it('times HTTP requests by known route, and names any other path other', () => {
    expect(sample(scrape, 'client_lifecycle_http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}')).toBeGreaterThanOrEqual(3);
    expect(sample(scrape, 'client_lifecycle_http_request_duration_seconds_count{method="GET",route="other",status_code="404"}')).toBe(1);
  });

  it('times GraphQL operations by type, name and outcome', () => {
    expect(sample(scrape, 'client_lifecycle_graphql_operation_duration_seconds_count{type="query",operation="ListClients",outcome="OK"}')).toBe(1);
    expect(sample(scrape, 'client_lifecycle_graphql_operation_duration_seconds_count{type="mutation",operation="Run",outcome="OK"}')).toBe(1);
  });

  it('counts command outcomes by the code and reason the caller received', () => {
    expect(sample(scrape, 'client_lifecycle_commands_total{command="registerClient",code="OK",reason="OK"}')).toBe(1);
    const refused = scrape.split('\n').filter((line) => line.startsWith('client_lifecycle_commands_total{command="registerClient",code="CONFLICT"'));
    expect(refused).toHaveLength(1);
  });

  it('counts appends and the size of each group commit', () => {
    expect(sample(scrape, 'client_lifecycle_appends_total{result="stored"}')).toBe(APPENDS);
    expect(sample(scrape, 'client_lifecycle_appended_events_total')).toBe(APPENDS);
    expect(sample(scrape, 'client_lifecycle_group_commit_appends_count')).toBeGreaterThanOrEqual(1);
  });

  it('shows the log head, projection lag, scheduler backlog and fires, and the lease of each singleton role', () => {
    expect(sample(scrape, 'client_lifecycle_head_position')).toBe(APPENDS);
    expect(sample(scrape, 'client_lifecycle_projection_lag_events{projection="client_summaries"}')).toBeGreaterThanOrEqual(0);
    expect(sample(scrape, 'client_lifecycle_projection_lag_events{projection="terminations"}')).toBeGreaterThanOrEqual(0);
    expect(sample(scrape, 'client_lifecycle_scheduler_due_timers')).toBeGreaterThanOrEqual(0);
    expect(sample(scrape, 'client_lifecycle_scheduler_fired_timers_total')).toBeGreaterThanOrEqual(0);
    expect(sample(scrape, 'client_lifecycle_worker_lease{role="projector",state="active"}')).toBe(1);
    expect(sample(scrape, 'client_lifecycle_worker_lease{role="projector",state="standby"}')).toBe(0);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Recommendation, RiskBand } from '@client-lifecycle/domain';
import { describeClientSummaryStoreContract } from '@client-lifecycle/testing';
import { InMemoryClientSummaryStore } from './in-memory.client-summary.store';
import { SqliteClientSummaryStore } from './sqlite.client-summary.store';

const folder = mkdtempSync(join(tmpdir(), 'client-summaries-'));
let opened = 0;

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeClientSummaryStoreContract('in-memory', async () => new InMemoryClientSummaryStore());
describeClientSummaryStoreContract('SQLite', async () => SqliteClientSummaryStore.open(join(folder, `summaries-${++opened}.sqlite`)));

describe('SQLite client summaries shared by two processes', () => {
  const row = (clientId: string) => ({
    clientId,
    name: clientId,
    currency: 'EUR',
    score: 60,
    band: RiskBand.Red,
    recommendation: Recommendation.ProposeTermination,
    archetypes: [],
    overdueMinor: 0,
    contributionMarginMinor: 0,
    asOf: '2026-05-01',
    version: 1,
    assessment: '{}',
    portfolioEntry: '',
  });

  it("counts the rows another process's projector committed since the last list", async () => {
    const filename = join(folder, 'shared.sqlite');
    const api = SqliteClientSummaryStore.open(filename);
    const projector = SqliteClientSummaryStore.open(filename);
    await projector.commit([row('a')], 1);
    expect((await api.list({ band: RiskBand.Red }, "SCORE", 10, null)).totalCount).toBe(1);

    await projector.commit([row('b'), row('c')], 2);

    expect((await api.list({ band: RiskBand.Red }, "SCORE", 10, null)).totalCount).toBe(3);
    await api.close();
    await projector.close();
  });
});

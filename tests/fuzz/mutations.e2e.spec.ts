import { removeDataDir, type RunningApp, startApp, temporaryDataDir } from '../support/app-process';
import { describeReport, fuzzMutations } from './mutation-fuzzer';

// A thousand requests one after another, on a shared machine.
jest.setTimeout(300_000);

/** A fixed seed keeps `npm test` repeatable; FUZZ_SEED explores others, FUZZ_COUNT sizes the run. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const COUNT = Number(process.env.FUZZ_COUNT ?? 1_000);

describe('generated inputs across every client and termination mutation', () => {
  let dataDir: string;
  let app: RunningApp;

  beforeAll(async () => {
    dataDir = temporaryDataDir('fuzz-e2e');
    app = await startApp({ dataDir, env: { RATE_LIMIT_POINTS: '0' } }); // thousands of requests from one caller: the rate limit is not under test here
  });

  afterAll(async () => {
    await app?.stop();
    removeDataDir(dataDir);
  });

  it(`answers each of ${COUNT} with a coded refusal that stored nothing or an acceptance that stored what it reports (seed ${SEED})`, async () => {
    const report = await fuzzMutations(app, { seed: SEED, count: COUNT });

    if (report.failures.length > 0) throw new Error(`${describeReport(report)}\n${app.output().slice(-4_000)}`);
    expect(report.internalErrors).toBe(0);
    expect(report.accepted).toBeGreaterThan(0);
    expect(Object.keys(report.refused).length).toBeGreaterThan(5);
  });
});

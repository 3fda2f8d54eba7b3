import { removeDataDir, startApp, temporaryDataDir } from '../support/app-process';
import { logEntries } from '../support/log-entries';
import { describeReport, fuzzMutations } from './mutation-fuzzer';

/**
 * `npm run fuzz`: FUZZ_COUNT (default 10,000) generated inputs from FUZZ_SEED (default: a new
 * seed, printed) across every client and termination mutation of the real built app.
 */
async function main(): Promise<void> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  const count = Number(process.env.FUZZ_COUNT ?? 10_000);
  console.log(`Fuzzing ${count} inputs with seed ${seed} (replay: FUZZ_SEED=${seed} FUZZ_COUNT=${count} npm run fuzz)`);
  const dataDir = temporaryDataDir('fuzz');
  const app = await startApp({ dataDir, env: { RATE_LIMIT_POINTS: '0' } }); // thousands of requests from one caller: the rate limit is not under test here
  try {
    const report = await fuzzMutations(app, {
      seed,
      count,
      onProgress: (done) => {
        if (done % 1_000 === 0) console.log(`  ${done} inputs sent`);
      },
    });
    console.log(describeReport(report));
    if (report.failures.length > 0) {
      const errors = logEntries(app.output()).filter((entry) => entry.level === 'error' || entry.level === 'fatal');
      console.log(
        errors
          .slice(0, 40)
          .map((entry) => entry.text)
          .join('\n'),
      );
      process.exitCode = 1;
    }
  } finally {
    await app.stop();
    removeDataDir(dataDir);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

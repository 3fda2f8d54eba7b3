import { copyFileSync, rmSync } from 'node:fs';
import { SqliteClientSummaryStore } from '@client-lifecycle/adapters';
// Usage: cg.ts <copy file> <commits> <finds>: the store's commit and find on a copy of a file of 2,000 real clients.
async function main() {
  const [copy, commitsArg, findsArg] = process.argv.slice(2);
  for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
  copyFileSync('/tmp/rowsplit-db/read-models.sqlite', copy);
  const store = SqliteClientSummaryStore.open(copy);
  const ids: string[] = [];
  for (let after = ''; ; ) {
    const page = await store.recordsAfter(after, 1000);
    if (page.records.length === 0) break;
    ids.push(...page.records.map((r) => r.clientId));
    after = ids[ids.length - 1];
  }
  const records = [];
  for (let i = 0; i < ids.length; i += 200) records.push(...(await store.find(ids.slice(i, i + 200))));
  let position = await store.checkpoint();
  const commits = Number(commitsArg);
  for (let i = 0; i < commits; i++) {
    const r = records[(i * 7919) % records.length];
    await store.commit([{ ...r, version: r.version + 1 + i, assessment: r.assessment + ' '.repeat(i % 7), portfolioEntry: r.portfolioEntry + ' '.repeat(i % 5) }], ++position);
  }
  const finds = Number(findsArg);
  for (let i = 0; i < finds; i++) await store.find([ids[(i * 7919) % ids.length]]);
  await store.close();
}
main();

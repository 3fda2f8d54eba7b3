import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LeaseStore } from '@client-lifecycle/ports';
import { describeLeaseStoreContract } from '@client-lifecycle/testing';
import { SqliteLeaseStore } from './sqlite.lease-store';

const root = mkdtempSync(join(tmpdir(), 'sqlite-leases-'));
let runs = 0;
let folder = '';

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('SQLite leases', () => {
  beforeEach(() => {
    folder = join(root, `run-${++runs}`);
  });

  describeLeaseStoreContract('SQLite', {
    create: async (owner) => SqliteLeaseStore.open({ folder, owner }),
    // Closing the file is what the operating system does for a process that dies.
    crash: async (store: LeaseStore) => store.close(),
  });

  it('frees the lease of a holder process killed with SIGKILL', async () => {
    const holder = holdInChildProcess(folder, 'projector');
    try {
      await holder.holding;
      const standby = SqliteLeaseStore.open({ folder, owner: 'standby' });
      expect(await standby.tryAcquire('projector')).toBeNull();

      holder.child.kill('SIGKILL');
      await holder.exited;

      expect(await standby.tryAcquire('projector')).toMatchObject({ owner: 'standby' });
      await standby.close();
    } finally {
      holder.child.kill('SIGKILL');
    }
  });
});

/** The adapter in a process of its own that takes a lease and keeps it until killed. */
function holdInChildProcess(leaseFolder: string, name: string): { child: ChildProcess; holding: Promise<void>; exited: Promise<void> } {
  const script = `
    const { SqliteLeaseStore } = require(${JSON.stringify(join(__dirname, 'sqlite.lease-store.ts'))});
    SqliteLeaseStore.open({ folder: ${JSON.stringify(leaseFolder)}, owner: 'child' }).tryAcquire(${JSON.stringify(name)})
      .then((lease) => { console.log(lease ? 'holding' : 'refused'); setInterval(() => undefined, 60_000); });
  `;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const holding = new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('holding')) resolve();
      if (output.includes('refused')) reject(new Error('the child process was refused the lease'));
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', () => reject(new Error(`the child process exited: ${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { child, holding, exited };
}

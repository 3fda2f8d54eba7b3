import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { E2E_ADMIN_API_KEY } from './credentials';

export const APP_ENTRY = resolve(__dirname, '../../dist/apps/client-lifecycle/apps/client-lifecycle/src/main.js');

const LISTENING = /Listening on (http:\/\/[^\s/]+)\/(?:graphql|health)/;
const START_TIMEOUT_MS = 30_000;

export interface RunningApp {
  readonly baseUrl: string;
  readonly graphqlUrl: string;
  readonly pid: number;
  readonly dataDir: string;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** SIGTERM, then waits for the exit; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** Sends a signal (e.g. SIGKILL for a crash) and waits for the process to be gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

export const temporaryDataDir = (label: string): string => mkdtempSync(join(tmpdir(), `client-lifecycle-${label}-`));

export const removeDataDir = (dataDir: string): void => rmSync(dataDir, { recursive: true, force: true });

/**
 * The real built app as its own process on a free port, as a user would run it. It has the e2e
 * ADMIN_API_KEY (which GraphqlClient sends) unless `firstRun` asks for a fresh service that prints
 * its own first key, or `env` sets another ADMIN_API_KEY.
 */
export async function startApp(options: { dataDir: string; env?: Record<string, string>; firstRun?: boolean }): Promise<RunningApp> {
  const adminKey: Record<string, string> = options.firstRun ? {} : { ADMIN_API_KEY: E2E_ADMIN_API_KEY };
  const inherited = { ...process.env };
  delete inherited.ADMIN_API_KEY;
  const child = spawn(process.execPath, [APP_ENTRY], {
    env: { ...inherited, PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir, NO_COLOR: '1', ...adminKey, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));

  const baseUrl = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The app did not start within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const check = () => {
      const match = LISTENING.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The app exited with code ${code} before listening:\n${output}`));
    });
  });

  return {
    baseUrl,
    graphqlUrl: `${baseUrl}/graphql`,
    pid: child.pid!, // spawn succeeded: the process printed its listening line
    dataDir: options.dataDir,
    output: () => output,
    stop: async () => {
      signal(child, 'SIGTERM');
      return exited;
    },
    kill: async (name) => {
      signal(child, name);
      await exited;
    },
  };
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
  if (child.exitCode === null && child.signalCode === null) child.kill(name);
}

/** Runs the app to completion, e.g. to see it refuse a bad configuration. */
export function runAppToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [APP_ENTRY], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => done({ code, output }));
  });
}

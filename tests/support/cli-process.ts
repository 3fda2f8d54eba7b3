import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { APP_ENTRY } from './app-process';

/** Runs one of the built app's command-line tools (backup, seed, rebuild) to completion. */
export function runCli(script: string, args: readonly string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(dirname(APP_ENTRY), script), ...args], {
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => done({ code, output }));
  });
}

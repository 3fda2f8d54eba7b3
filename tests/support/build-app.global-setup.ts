import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** End-to-end tests run the app as users do: the built output, in its own process. */
export default function buildApp(): void {
  execFileSync(process.execPath, [require.resolve('@nestjs/cli/bin/nest.js'), 'build', 'client-lifecycle'], {
    cwd: resolve(__dirname, '../..'),
    stdio: 'inherit',
  });
}

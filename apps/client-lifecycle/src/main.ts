import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { FirstRunKey } from './access';
import { createApp } from './bootstrap';
import { ConfigError, describeEventStore, loadConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const store = describeEventStore(config);
  const roles = `roles ${[...config.roles].join(', ')}`;
  new Logger('client-lifecycle').log(
    config.roles.has('api')
      ? `Listening on http://${config.host}:${port}/graphql (GraphiQL at /graphql or /graphiql in a browser); events in ${store}; ${roles}`
      : `Listening on http://${config.host}:${port}/health (no api role: health only); events in ${store}; ${roles}`,
  );
  const firstRunKey = app.get(FirstRunKey).secret;
  // Straight to the terminal, not through the logger: the secret is shown once, like a notebook server's token, and never logged.
  if (firstRunKey !== null) process.stdout.write(firstRunMessage(firstRunKey, config.host, port));
}

function firstRunMessage(secret: string, host: string, port: number): string {
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return [
    '',
    'First run: no API key existed, so an ADMIN key was made. It is shown this once; store it now:',
    `    ${secret}`,
    'Open GraphiQL with it (the key stays in the browser, in the part of the link after #):',
    `    http://${reachable}:${port}/graphiql#key=${encodeURIComponent(secret)}`,
    'Send it as "Authorization: Bearer <key>"; make other keys with the createApiKey mutation (docs/security.md).',
    '',
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});

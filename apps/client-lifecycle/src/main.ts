import 'reflect-metadata';
import pino, { type Logger } from 'pino';
import { FirstRunKey } from './access';
import { createApp } from './bootstrap';
import { BootRefusal, runBootChecks } from './boot';
import { type AppConfig, ConfigError, describeEventStore, loadConfig } from './config';
import { createRootLogger } from './logging';
import { startTracing } from './telemetry';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    // Before a logger exists: its format is part of what failed.
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const root = createRootLogger(config);
  const logger = root.child({ context: 'client-lifecycle' });
  try {
    runBootChecks(config, (message) => logger.warn(message));
    const tracing = startTracing(config.operations.tracing);
    const app = await createApp(config, root, tracing);
    await listen(app, config);
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const store = describeEventStore(config);
    const roles = `roles ${[...config.roles].join(', ')}`;
    // tests/support/app-process.ts waits for "Listening on http://…/graphql|health".
    logger.info(
      {
        port,
        roles: [...config.roles],
        eventStore: config.eventStore,
        readModelStore: config.readModelStore,
        tracing: config.operations.tracing?.tracesEndpoint ?? 'off',
      },
      config.roles.has('api')
        ? `Listening on http://${config.host}:${port}/graphql (GraphiQL at /graphql or /graphiql in a browser); events in ${store}; ${roles}`
        : `Listening on http://${config.host}:${port}/health (no api role: health only); events in ${store}; ${roles}`,
    );
    const firstRunKey = app.get(FirstRunKey).secret;
    // Straight to standard output, not through the logger (whatever LOG_LEVEL, and never redacted away): the secret is shown once, like a notebook server's token.
    if (firstRunKey !== null) process.stdout.write(firstRunMessage(firstRunKey, config, port));
  } catch (error) {
    refuse(logger, error);
  }
}

/** Prose for a person at a terminal; one JSON line (warn, as pino writes them) where stdout is JSON lines for a log collector. */
function firstRunMessage(secret: string, config: AppConfig, port: number): string {
  const { host } = config;
  const reachable = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const graphiql = `http://${reachable}:${port}/graphiql#key=${encodeURIComponent(secret)}`;
  if (config.operations.logFormat === 'json')
    return `${JSON.stringify({
      level: pino.levels.values.warn,
      time: new Date().toISOString(),
      service: 'client-lifecycle',
      context: 'client-lifecycle',
      msg: 'First run: no API key existed, so an ADMIN key was made. It is shown this once; store it now, then send it as "Authorization: Bearer <key>" (docs/security.md)',
      firstRunKey: secret,
      graphiql,
    })}\n`;
  return [
    '',
    'First run: no API key existed, so an ADMIN key was made. It is shown this once; store it now:',
    `    ${secret}`,
    'Open GraphiQL with it (the key stays in the browser, in the part of the link after #):',
    `    ${graphiql}`,
    'Send it as "Authorization: Bearer <key>"; make other keys with the createApiKey mutation (docs/security.md).',
    '',
    '',
  ].join('\n');
}

async function listen(app: Awaited<ReturnType<typeof createApp>>, config: AppConfig): Promise<void> {
  try {
    await app.listen(config.port, config.host);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    await app.close().catch(() => undefined);
    if (code === 'EADDRINUSE')
      throw new BootRefusal(`Port ${config.port} on ${config.host} is already in use: stop the other process or set PORT to a free port.`);
    if (code === 'EADDRNOTAVAIL')
      throw new BootRefusal(`HOST=${config.host} is not an address of this machine: set HOST to one of its interfaces (0.0.0.0 for all).`);
    if (code === 'EACCES') throw new BootRefusal(`Port ${config.port} needs privileges this process lacks: set PORT to 1024 or above.`);
    throw error;
  }
}

function refuse(logger: Logger, error: unknown): never {
  // A refusal is expected and explained: its message says it all, a stack would bury it.
  if (error instanceof BootRefusal) logger.fatal(`Cannot start: ${error.message}`);
  else logger.fatal({ err: error }, `Cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

void main();

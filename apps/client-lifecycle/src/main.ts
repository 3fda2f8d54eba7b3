import 'reflect-metadata';
import { Logger } from '@nestjs/common';
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
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});

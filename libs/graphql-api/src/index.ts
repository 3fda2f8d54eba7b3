export * from './client';
export * from './errors';
export * from './graphiql';
export * from './graphiql-default-query';
export * from './graphql-api.module';
export * from './shared';
export * from './schema';
export * from './insight';

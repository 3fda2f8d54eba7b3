export * from './print-schema';
export * from './resolvers';

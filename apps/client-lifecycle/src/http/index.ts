export * from './http-server.settings';

export * from './publisher.port';

export * from './api-key-store.port';
export * from './token-verifier.port';

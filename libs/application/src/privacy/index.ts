export * from './client-data.export';
export * from './client.erasure';

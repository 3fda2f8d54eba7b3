export * from './client-data.export';

export * from './print-schema';

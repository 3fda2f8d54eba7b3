export * from './application.errors';

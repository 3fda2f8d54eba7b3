export * from './application.errors';
export * from './keyed-queue';

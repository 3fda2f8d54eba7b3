export * from './client';
export * from './shared';

export * from './client';
export * from './shared';
export * from './insight';

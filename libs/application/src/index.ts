export * from './client';
export * from './shared';
export * from './insight';
export * from './scheduling';
export * from './seed';
export * from './read-models';
export * from './portfolio';
export * from './termination';

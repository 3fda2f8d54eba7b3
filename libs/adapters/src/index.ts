export * from './clock';
export * from './event-store';
export * from './ids';
export * from './scheduling';
export * from './read-models';
export * from './termination';

export * from './checkpoints';
export * from './clock';
export * from './event-store';
export * from './ids';
export * from './publishing';
export * from './scheduling';
export * from './read-models';
export * from './leases';

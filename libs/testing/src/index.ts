export * from './checkpoints';
export * from './decider.specification';
export * from './event-store';
export * from './publishing';
export * from './scheduling';
export * from './read-models';
export * from './postgres';
export * from './leases';

export * from './decider.specification';
export * from './event-store';
export * from './scheduling';
export * from './read-models';
export * from './termination';

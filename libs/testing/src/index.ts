export * from './decider.specification';
export * from './event-store';
export * from './scheduling';

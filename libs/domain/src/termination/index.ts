export * from './termination.commands';
export * from './termination.decider';
export * from './termination.errors';
export * from './termination.events';
export * from './termination.evidence';
export * from './termination.state';
export * from './termination.timers';
export * from './termination.vocabulary';

export * from './client.commands';
export * from './client.contract';
export * from './client.decider';
export * from './client.errors';
export * from './client.events';
export * from './client.evolve';
export * from './client.state';
export * from './client.vocabulary';

export * from './client-mutations.resolver';
export * from './client-import.resolver';
export * from './client-simulation.resolver';
export * from './client-command.input';
export * from './client.model';
export * from './client.resolver';
export * from './command-payload.model';
export * from './timeline.model';

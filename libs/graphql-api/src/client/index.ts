export * from './client-mutations.resolver';
export * from './client.model';
export * from './client.resolver';
export * from './command-payload.model';
export * from './credit-control.resolver';
export * from './credit-control-insight.resolver';
export * from './credit-control-client.resolver';
export * from './timeline.model';

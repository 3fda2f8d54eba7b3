export * from './termination-mutations.resolver';
export * from './termination-progressed.resolver';
export * from './termination.enums';
export * from './termination.inputs';
export * from './termination.model';
export * from './termination.resolver';

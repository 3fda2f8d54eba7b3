export * from './worklist.resolver';
export * from './worklist.model';

export * from './termination.what-if';

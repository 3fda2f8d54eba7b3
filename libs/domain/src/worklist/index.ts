export * from './worklist';

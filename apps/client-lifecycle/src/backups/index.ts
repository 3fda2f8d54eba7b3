export * from './data-dir.backup';

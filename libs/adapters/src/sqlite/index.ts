export * from './read-model-checkpoints';
export * from './sqlite-database';
export * from './wal-checkpointer';

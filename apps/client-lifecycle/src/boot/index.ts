export * from './boot-checks';
export * from './boot-refusal';
export * from './sqlite-files.check';

export * from './error-codes';
export * from './graphql-exception.filter';
export * from './input-validation.error';
export * from './graphql-error.formatter';
export * from './storage-failure';
export * from './command-input.error';
export * from './input-validation.pipe';

export * from './access.guard';
export * from './allow.decorator';
export * from './api-key.inputs';
export * from './api-key.model';
export * from './api-keys.resolver';
export * from './root-fields';
export * from './roles-table';

export * from './access.module';
export * from './http-access.middleware';

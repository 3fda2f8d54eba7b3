export * from './log-levels';
export * from './logging.module';
export * from './request-scope';
export * from './root-logger';

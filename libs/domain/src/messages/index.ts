export * from './message';
export * from './templates/en';
export * from './templates/es';

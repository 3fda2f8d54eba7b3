export * from './message';
export * from './templates/en';
export * from './templates/es';
export * from './templates/events.en';
export * from './templates/events.es';

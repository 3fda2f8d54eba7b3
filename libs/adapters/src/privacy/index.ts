export * from './client-data-keys';
export * from './field.cipher';
export * from './master-key';
export * from './personal-data.event-store';

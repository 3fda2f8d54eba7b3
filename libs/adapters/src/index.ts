export * from './clock';
export * from './event-store';
export * from './ids';

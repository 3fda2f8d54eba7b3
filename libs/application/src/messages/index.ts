export * from './message.renderer';

export * from './system-clock.adapter';

export * from './kafka.publisher';

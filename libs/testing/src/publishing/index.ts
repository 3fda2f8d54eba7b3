export * from './recording.publisher';

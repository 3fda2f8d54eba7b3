export * from './uuid-v7.generator';

export * from './portfolio.queries';

export * from './portfolio.aggregates';
export * from './portfolio.entry';
export * from './portfolio.queries';

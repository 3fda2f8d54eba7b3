export * from './portfolio.model';
export * from './portfolio.projection';

export * from './client-summary.projection';

export * from './client-summary.projection';
export * from './risk-change.feed';
export * from './client-summary.folder';
export * from './client-summary.rebuild';

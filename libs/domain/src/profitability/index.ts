export type { AgingBucketKey } from './profitability.aging';
export * from './profitability.config';
export { CostToServeActivity, type CostToServeBreakdown, type CostToServeLine } from './profitability.cost-to-serve';
export * from './profitability.projection';

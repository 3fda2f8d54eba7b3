export * from './aging';
export * from './collection-ladder';
export * from './collection.projection';
export * from './invoice-collection';
export * from './payment-behaviour';
export * from './credit-default';
export * from './late-interest';
export * from './cost-of-recovery';

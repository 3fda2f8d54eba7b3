export * from './decider.specification';

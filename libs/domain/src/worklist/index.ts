export * from './worklist';
export * from './payment-plan.proposal';
export * from './worklist.draft';

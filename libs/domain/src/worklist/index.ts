export * from './worklist';
export * from './payment-plan.proposal';

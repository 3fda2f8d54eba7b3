export * from './assert-never';
export * from './currency';
export * from './decider';
export * from './domain-error';
export * from './local-date';
export * from './money';
export * from './input-rules';
export * from './event-upcasters';

export * from './time-facts.policy';
export * from './timer';
export * from './timers.projection';

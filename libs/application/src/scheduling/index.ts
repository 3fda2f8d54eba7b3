export * from './scheduler';
export * from './timer.projection';

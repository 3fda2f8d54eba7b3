export * from './risk.assessment';
export * from './risk.config';
export * from './risk.factors';
export * from './risk.model';
export * from './risk.projection';
export * from './risk.evidence';

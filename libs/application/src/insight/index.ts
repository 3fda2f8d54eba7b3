export * from './client-insight.queries';
export * from './insight.config';
export * from './client-assessment';
export * from './ready-assessments.cache';

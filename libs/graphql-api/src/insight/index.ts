export * from './client-insight.resolver';
export * from './collection.model';
export * from './profitability.model';
export * from './risk.model';
export * from './localized-text.resolver';
export * from './insight.enums';

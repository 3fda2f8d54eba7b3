export * from './draft.vocabulary';
export * from './draft.template';
export * from './draft.facts';
export * from './templates/en';
export * from './templates/es';

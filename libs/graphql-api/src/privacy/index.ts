export * from './privacy.args';
export * from './privacy.resolver';

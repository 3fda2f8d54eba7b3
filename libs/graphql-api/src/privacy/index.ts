export * from './privacy.args';
export * from './privacy.inputs';
export * from './privacy.model';
export * from './privacy.resolver';

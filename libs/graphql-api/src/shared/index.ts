export * from './command.input';
export * from './input.constraints';
export * from './json.scalar';
export * from './money.model';
export * from './safe-int.scalar';
export * from './schema-enum';
export * from './date.scalars';
export * from './page-info.model';

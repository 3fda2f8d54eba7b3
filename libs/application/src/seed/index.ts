export * from './portfolio.generator';
export * from './portfolio.profiles';
export * from './seed-portfolio';

export * from './uncacheable-answers.plugin';

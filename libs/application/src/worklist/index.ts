export * from './draft.renderer';
export * from './worklist.projection';
export * from './worklist.queries';

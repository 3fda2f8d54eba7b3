export * from './termination-command.handler';
export * from './termination-event.codec';
export * from './termination-event.summary';
export * from './termination.deadlines';
export * from './termination.process-manager';
export * from './termination.queries';
export * from './termination.service';

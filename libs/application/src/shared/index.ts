export * from './application.errors';
export * from './keyed-queue';
export * from './yield-to-event-loop';
export * from './in-process.feed';
export * from './coalesced-runs';
export * from './stream-command.handler';
export * from './recorded-event.upcast';
export * from './log-and-calendar.follower';

export * from './event.relay';
export * from './relay.backoff';
export * from './relay.messages';
export * from './relay.topics';

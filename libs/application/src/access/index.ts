export * from './access.errors';
export * from './access-role';
export * from './acting-identity';
export * from './api-key.events';
export * from './api-key.secret';
export * from './api-keys.service';
export * from './authenticator';
export * from './principal';

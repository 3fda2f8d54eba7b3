export * from './jose.token-verifier';

import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

const SECRET_PREFIX = 'clk_';
/** Characters of the secret stored in clear: enough to tell keys apart in a list, far too few to guess the rest. */
export const VISIBLE_PREFIX_LENGTH = 8;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
// scrypt's defaults (N=16384, r=8, p=1): about 50 ms and 16 MB per hash, paid once per key and process thanks to the cache.
const SCRYPT = { N: 16_384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** 32 random bytes: `clk_` and 43 base64url characters. */
export const newApiKeySecret = (): string => `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;

export const visiblePrefixOf = (secret: string): string => secret.slice(0, VISIBLE_PREFIX_LENGTH);

const derive = (secret: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(secret, salt, HASH_BYTES, SCRYPT, (error, key) => (error ? reject(error) : resolve(key))));

export async function hashApiKeySecret(secret: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return `scrypt$${salt.toString('base64url')}$${(await derive(secret, salt)).toString('base64url')}`;
}

export async function apiKeySecretMatches(secret: string, stored: string): Promise<boolean> {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(secret, Buffer.from(salt, 'base64url'));
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Marks a stored personal field: `pii:v1:` then base64 of IV (12 bytes), tag (16) and ciphertext. */
const PREFIX = 'pii:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export const isEncryptedField = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

/**
 * AES-256-GCM over the value's JSON, bound to its client by the additional data: a ciphertext
 * copied into another client's event does not decrypt.
 */
export function encryptField(key: Uint8Array, value: unknown, clientId: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(clientId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptField(key: Uint8Array, text: string, clientId: string): unknown {
  const raw = Buffer.from(text.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(clientId, 'utf8'));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

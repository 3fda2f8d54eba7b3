import { createCipheriv, createDecipheriv, type KeyObject, randomFillSync } from 'node:crypto';

/** Marks a stored personal field: `pii:v1:` then base64 of IV (12 bytes), tag (16) and ciphertext. */
const PREFIX = 'pii:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Random IVs drawn from the CSPRNG a page at a time: one draw per field cost as much as the
 * encryption itself. Every IV is still fresh random bytes, used once.
 */
const IV_PAGE = IV_BYTES * 1024;
let ivs = Buffer.alloc(0);
let ivAt = IV_PAGE;

function nextIv(): Buffer {
  if (ivAt === IV_PAGE) {
    ivs = randomFillSync(Buffer.allocUnsafe(IV_PAGE));
    ivAt = 0;
  }
  const iv = ivs.subarray(ivAt, ivAt + IV_BYTES);
  ivAt += IV_BYTES;
  return iv;
}

/** The additional data of the last client: the fields of one event, and of a stream's events, share it. */
let aadOf = { clientId: '', aad: Buffer.alloc(0) };

function additionalData(clientId: string): Buffer {
  if (aadOf.clientId !== clientId) aadOf = { clientId, aad: Buffer.from(clientId, 'utf8') };
  return aadOf.aad;
}

export const isEncryptedField = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX);

/**
 * AES-256-GCM over the value's JSON, bound to its client by the additional data: a ciphertext
 * copied into another client's event does not decrypt. The key is an imported key object, so a
 * cipher does not import the key bytes again.
 */
export function encryptField(key: KeyObject, value: unknown, clientId: string): string {
  const iv = nextIv();
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additionalData(clientId));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

export function decryptField(key: KeyObject, text: string, clientId: string): unknown {
  const raw = Buffer.from(text.slice(PREFIX.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(additionalData(clientId));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}

import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/**
 * The key from configuration that wraps every data key (AES-256-GCM, the client id as additional
 * data). Its id is a digest prefix, so the key store records which master wrapped what without
 * holding anything that helps guess it.
 */
export class MasterKey {
  readonly id: string;

  constructor(private readonly key: Uint8Array) {
    if (key.length !== KEY_BYTES) throw new Error(`A master key is ${KEY_BYTES} bytes; got ${key.length}`);
    this.id = createHash('sha256').update(key).digest('hex').slice(0, 16);
  }

  static fromBase64(text: string): MasterKey {
    return new MasterKey(Buffer.from(text.trim(), 'base64'));
  }

  static generate(): MasterKey {
    return new MasterKey(randomBytes(KEY_BYTES));
  }

  toBase64(): string {
    return Buffer.from(this.key).toString('base64');
  }

  wrap(dataKey: Uint8Array, clientId: string): Uint8Array {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(clientId, 'utf8'));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), body]);
  }

  unwrap(wrapped: Uint8Array, clientId: string): Uint8Array {
    const raw = Buffer.from(wrapped);
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(clientId, 'utf8'));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  }
}

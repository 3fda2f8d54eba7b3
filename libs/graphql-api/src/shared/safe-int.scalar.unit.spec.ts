import { serializeSafeInt } from './safe-int.scalar';

describe('SafeInt answers', () => {
  it('carries every integer JSON holds exactly, as it is', () => {
    expect(serializeSafeInt(Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(serializeSafeInt(-42)).toBe(-42);
    expect(serializeSafeInt(BigInt(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('saturates a sum past 2^53-1 (a log written before the input rules) instead of failing the read', () => {
    expect(serializeSafeInt(2 * Number.MAX_SAFE_INTEGER)).toBe(Number.MAX_SAFE_INTEGER);
    expect(serializeSafeInt(-2 * Number.MAX_SAFE_INTEGER)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(serializeSafeInt(BigInt(Number.MAX_SAFE_INTEGER) * 3n)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('rounds a fraction to the nearest minor unit', () => {
    expect(serializeSafeInt(12.6)).toBe(13);
  });
});

import { principalKeyOf } from './principal-key';

describe('whose budget a request spends', () => {
  it('is the verified principal once authentication put one on the request', () => {
    expect(principalKeyOf({ principal: { id: 'key_01' }, ip: '10.0.0.7' })).toBe('principal:key_01');
  });

  it('is the remote address without a principal', () => {
    expect(principalKeyOf({ ip: '10.0.0.7' })).toBe('address:10.0.0.7');
    expect(principalKeyOf({ socket: { remoteAddress: '::1' } })).toBe('address:::1');
  });
});

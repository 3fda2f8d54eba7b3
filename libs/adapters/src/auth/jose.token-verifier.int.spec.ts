import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWTPayload, SignJWT, UnsecuredJWT } from 'jose';
import { JoseTokenVerifier } from './jose.token-verifier';

type SigningKey = Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];

const ISSUER = 'https://id.example.test/';
const AUDIENCE = 'client-lifecycle';

/** A provider of our own: its JWKS served on a local port, its tokens signed here. */
describe('OIDC tokens verified against the provider JWKS', () => {
  let server: Server;
  let verifier: JoseTokenVerifier;
  let signingKey: SigningKey;
  let strangerKey: SigningKey;
  let jwksUrl: string;

  beforeAll(async () => {
    const provider = await generateKeyPair('RS256');
    signingKey = provider.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(provider.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' }] });
    server = createServer((_, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(jwks));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    jwksUrl = `http://127.0.0.1:${port}/jwks.json`;
    verifier = new JoseTokenVerifier({ jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'roles' });
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));

  const token = (claims: JWTPayload = {}, options: { key?: SigningKey; kid?: string; issuer?: string; audience?: string; expires?: string | number } = {}) =>
    new SignJWT({ roles: ['MANAGER', 'FINANCE'], ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? 'k1' })
      .setSubject('alice@example.test')
      .setIssuer(options.issuer ?? ISSUER)
      .setAudience(options.audience ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(options.expires ?? '5m')
      .sign(options.key ?? signingKey);

  it('accepts a valid token: the subject is the actor, the roles come from the claim', async () => {
    expect(await verifier.verify(await token())).toEqual({ subject: 'alice@example.test', roles: ['MANAGER', 'FINANCE'] });
  });

  it('reads roles from a namespaced claim or a space-separated string', async () => {
    const namespaced = new JoseTokenVerifier({ jwksUrl, issuer: ISSUER, audience: AUDIENCE, rolesClaim: 'https://example.test/roles' });
    expect((await namespaced.verify(await token({ 'https://example.test/roles': 'VIEWER AGENT' })))?.roles).toEqual(['VIEWER', 'AGENT']);
  });

  it.each([
    ['expired', () => token({}, { expires: Math.floor(Date.now() / 1000) - 3600 })],
    ['from another issuer', () => token({}, { issuer: 'https://evil.example.test/' })],
    ['for another audience', () => token({}, { audience: 'another-service' })],
    ['signed with a key the provider does not hold (same key id)', () => token({}, { key: strangerKey })],
    ['signed with an unknown key id', () => token({}, { key: strangerKey, kid: 'k-unknown' })],
    [
      'unsigned (alg: none)',
      async () => new UnsecuredJWT({ roles: ['ADMIN'] }).setSubject('mallory').setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime('5m').encode(),
    ],
    [
      'with its payload altered after signing',
      async () => {
        const [header, , signature] = (await token()).split('.');
        const payload = Buffer.from(JSON.stringify({ sub: 'mallory', roles: ['ADMIN'], iss: ISSUER, aud: AUDIENCE, exp: 9_999_999_999 })).toString('base64url');
        return `${header}.${payload}.${signature}`;
      },
    ],
  ])('refuses a token %s', async (_, make) => {
    expect(await verifier.verify(await make())).toBeNull();
  });
});

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { helmetOptions, securityHeaders } from './http-security';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

/** The headers of an answer sent behind `middleware`, in the order they came, without the date. */
async function headersBehind(middleware: Middleware): Promise<Array<[string, string]>> {
  const server = createServer((request, response) => {
    response.setHeader('x-powered-by', 'Express');
    middleware(request, response, () => response.end('{}'));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/graphql`);
    await response.text();
    return [...response.headers].filter(([name]) => name !== 'date');
  } finally {
    await new Promise((closed) => server.close(closed));
  }
}

describe('the security headers', () => {
  it("are helmet's, header for header, with the script policy naming GraphiQL's scripts", async () => {
    const ours = await headersBehind(securityHeaders(helmetOptions()));

    expect(ours).toEqual(await headersBehind(helmet(helmetOptions()) as Middleware));
    expect(Object.fromEntries(ours)).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN' });
    expect(Object.fromEntries(ours)['content-security-policy']).toMatch(/script-src 'self' 'sha256-/);
    expect(Object.fromEntries(ours)['x-powered-by']).toBeUndefined();
  });

  it('refuse to start with a policy that reads the request', () => {
    expect(() =>
      securityHeaders({ contentSecurityPolicy: { directives: { scriptSrc: [(request) => `'nonce-${String((request as { id?: string }).id)}'`] } } }),
    ).toThrow(/reads the request/);
  });
});

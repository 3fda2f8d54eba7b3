import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { loadConfig } from '../config';
import { requestLog } from './request-log.middleware';
import { requestScope, type ScopedRequest } from './request-scope';
import { createRootLogger } from './root-logger';

/** A server with the app's two logging middleware in front of `handle`, writing its JSON lines to `lines`. */
function loggedServer(lines: string[], handle: (request: ScopedRequest, response: ServerResponse) => void): Server {
  const output = new Writable({
    write(chunk: Buffer, _encoding, written) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((line) => line !== ''),
      );
      written();
    },
  });
  const logger = createRootLogger(loadConfig({ NODE_ENV: 'production' }, '/srv/app'), output);
  const log = requestLog(logger);
  return createServer((request: IncomingMessage, response) =>
    requestScope(request, response, () => log(request, response, () => handle(request as ScopedRequest, response))),
  );
}

async function send(server: Server, path: string, headers: Record<string, string> = {}): Promise<Response> {
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { headers });
    await response.text();
    await new Promise((logged) => setImmediate(logged));
    return response;
  } finally {
    await new Promise((closed) => server.close(closed));
  }
}

describe('the request log', () => {
  it('writes the line pino-http wrote, field for field and in its order, the request fields from the root logger', async () => {
    const lines: string[] = [];
    const server = loggedServer(lines, (request, response) => {
      request.principal = { id: 'key-1', name: 'crm' };
      response.end('{}');
    });
    const response = await send(server, '/graphql?x=1', { 'x-request-id': 'req-7', 'x-correlation-id': 'corr-7', authorization: 'Bearer secret' });
    expect(response.headers.get('x-request-id')).toBe('req-7');
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['level', 'time', 'service', 'reqId', 'req', 'correlationId', 'principal', 'res', 'responseTime', 'msg']);
    expect(line).toEqual({
      level: 30,
      time: expect.any(String),
      service: 'client-lifecycle',
      reqId: 'req-7',
      req: { id: 'req-7', method: 'GET', url: '/graphql?x=1' },
      correlationId: 'corr-7',
      principal: { id: 'key-1', name: 'crm' },
      res: { statusCode: 200 },
      responseTime: expect.any(Number),
      msg: 'GET /graphql?x=1 200',
    });
    expect(lines[0]).not.toContain('secret');
  });

  it("gives a request without a sane x-request-id one of its own, names it on the lines logged while handling it, and warns of a client's mistake", async () => {
    const lines: string[] = [];
    const server = loggedServer(lines, (_request, response) => {
      createRootLogger(loadConfig({ NODE_ENV: 'production' }, '/srv/app'), { write: (line: string) => lines.push(line.trim()) }).warn('refused');
      response.statusCode = 404;
      response.end();
    });
    const response = await send(server, '/nothing', { 'x-request-id': 'not a sane id' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const [during, request] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.keys(during)).toEqual(['level', 'time', 'service', 'reqId', 'msg']);
    expect(during).toMatchObject({ level: 40, reqId: id, msg: 'refused' });
    expect(request).toMatchObject({ level: 40, reqId: id, req: { id, method: 'GET', url: '/nothing' }, res: { statusCode: 404 }, msg: 'GET /nothing 404' });
  });

  it('writes an error line for a failed answer, and nothing for the probes', async () => {
    const lines: string[] = [];
    const failing = loggedServer(lines, (request, response) => {
      response.statusCode = request.url === '/health' ? 200 : 500;
      response.end();
    });
    await send(failing, '/health');
    expect(lines).toEqual([]);
    await send(failing, '/graphql');
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(Object.keys(line)).toEqual(['level', 'time', 'service', 'reqId', 'req', 'res', 'err', 'responseTime', 'msg']);
    expect(line).toMatchObject({
      level: 50,
      res: { statusCode: 500 },
      err: { type: 'Error', message: 'failed with status code 500' },
      msg: 'GET /graphql 500: failed with status code 500',
    });
  });
});

import type { IncomingMessage } from 'node:http';
import { requestFields } from './request-scope';

const request = (headers: Record<string, string>, principal?: object) => ({ headers, principal }) as unknown as IncomingMessage;

describe('the request fields on a log line', () => {
  it('name the correlation id and the verified principal by id and name only', () => {
    const fields = requestFields(
      request({ 'x-correlation-id': 'corr-7', authorization: 'Bearer secret' }, { id: 'key-1', name: 'crm', roles: ['ADMIN'], secret: 'hash' }),
    );
    expect(fields).toEqual({ correlationId: 'corr-7', principal: { id: 'key-1', name: 'crm' } });
  });

  it('are empty outside a request (a worker logging on its own)', () => {
    expect(requestFields(undefined)).toEqual({});
  });

  it('leave out the principal of a request not authenticated yet', () => {
    expect(requestFields(request({}))).toEqual({});
  });
});

import { ForbiddenException, Logger, NotFoundException } from '@nestjs/common';
import { GraphqlErrorCode, INTERNAL_ERROR_REASON, STORAGE_FULL_REASON } from './error-codes';
import { GraphqlExceptionFilter } from './graphql-exception.filter';

const sqliteError = (code: string) => Object.assign(new Error('database or disk is full'), { code });

describe('GraphqlExceptionFilter', () => {
  const filter = new GraphqlExceptionFilter();
  beforeAll(() => Logger.overrideLogger(false));

  it.each([
    ['SQLite reports the disk full', sqliteError('SQLITE_FULL')],
    ['Node reports no space left on the device', Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })],
    ['PostgreSQL reports disk_full', Object.assign(new Error('could not extend file'), { code: '53100' })],
    ['a store wraps the driver failure as its cause', new Error('append failed', { cause: sqliteError('SQLITE_FULL') })],
  ])('answers STORAGE_UNAVAILABLE, not INTERNAL, when %s', (_, failure) => {
    const answer = filter.catch(failure);
    expect(answer.extensions).toMatchObject({ code: GraphqlErrorCode.StorageUnavailable, reason: STORAGE_FULL_REASON });
    expect(answer.message).toContain('nothing was recorded');
  });

  it('keeps INTERNAL_SERVER_ERROR for a failure that is our bug', () => {
    const answer = filter.catch(Object.assign(new Error('constraint failed'), { code: 'SQLITE_CONSTRAINT' }));
    expect(answer.extensions).toMatchObject({ code: GraphqlErrorCode.InternalServerError, reason: INTERNAL_ERROR_REASON });
  });

  it('answers a route that does not exist as NOT_FOUND, and a refused access as FORBIDDEN', () => {
    expect(filter.catch(new NotFoundException('Cannot GET /')).extensions).toMatchObject({ code: GraphqlErrorCode.NotFound, reason: 'HTTP.404' });
    expect(filter.catch(new ForbiddenException()).extensions).toMatchObject({ code: GraphqlErrorCode.Forbidden, reason: 'HTTP.403' });
  });
});

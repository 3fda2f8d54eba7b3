import { InputValidationError } from '../errors';
import { CLIENTS_CURSOR_MAX_LENGTH, clientsCursorOf, keyOfClientsCursor } from './clients.cursor';

describe('client list cursors', () => {
  it('give back the key they were made from, in the same order', () => {
    const cursor = clientsCursorOf('MARGIN', { value: -1_250.5, clientId: 'acme "north"' });

    expect(keyOfClientsCursor(cursor, 'MARGIN')).toEqual({ value: -1_250.5, clientId: 'acme "north"' });
  });

  it('carry the match rank of a search, and are refused by a read with a search when made without one, and the other way round', () => {
    const searched = clientsCursorOf('SCORE', { rank: 1, value: 62, clientId: 'acme' });
    const plain = clientsCursorOf('SCORE', { value: 62, clientId: 'acme' });

    expect(keyOfClientsCursor(searched, 'SCORE', true)).toEqual({ rank: 1, value: 62, clientId: 'acme' });
    expect(() => keyOfClientsCursor(searched, 'SCORE')).toThrow(InputValidationError);
    expect(() => keyOfClientsCursor(plain, 'SCORE', true)).toThrow(InputValidationError);
  });

  it('stay within the length the list accepts for the longest client id and sort value', () => {
    expect(clientsCursorOf('OVERDUE', { value: -Number.MAX_VALUE, clientId: 'x'.repeat(64) }).length).toBeLessThanOrEqual(CLIENTS_CURSOR_MAX_LENGTH);
    expect(clientsCursorOf('OVERDUE', { rank: 2, value: -Number.MAX_VALUE, clientId: 'x'.repeat(64) }).length).toBeLessThanOrEqual(CLIENTS_CURSOR_MAX_LENGTH);
  });

  it('refuse a cursor read in another order: its key means nothing there', () => {
    const cursor = clientsCursorOf('SCORE', { value: 62, clientId: 'acme' });

    expect(() => keyOfClientsCursor(cursor, 'OVERDUE')).toThrow(InputValidationError);
  });

  it.each([
    ['not base64 JSON', 'bogus'],
    ['an offset cursor of the previous format', Buffer.from('offset:49').toString('base64url')],
    ['a key without a client id', Buffer.from(JSON.stringify(['SCORE', 1])).toString('base64url')],
    ['a key with a non-numeric value', Buffer.from(JSON.stringify(['SCORE', '1', 'a'])).toString('base64url')],
  ])('refuse %s', (_, cursor) => {
    expect(() => keyOfClientsCursor(cursor, 'SCORE')).toThrow('after must be an endCursor returned by this list');
  });
});

import type { ClientSummaryKey, ClientSummaryOrder } from '@client-lifecycle/ports';
import { InputValidationError } from '../errors';

/** The longest cursor made here: a client id has at most 64 characters, a number at most 24. */
export const CLIENTS_CURSOR_MAX_LENGTH = 160;

const invalidCursor = () => new InputValidationError([{ field: 'after', messages: ['after must be an endCursor returned by this list'] }]);

/**
 * An opaque cursor of the client list: the order it was read in and the row's key in that order
 * (in a search, with the row's match rank last), as a JSON array (shorter than an object) in base64url.
 */
export const clientsCursorOf = (orderBy: ClientSummaryOrder, key: ClientSummaryKey): string =>
  Buffer.from(JSON.stringify(key.rank === undefined ? [orderBy, key.value, key.clientId] : [orderBy, key.value, key.clientId, key.rank])).toString('base64url');

/** The key a cursor continues after; a cursor read in another order, with or without a search unlike this read, or not made here, is refused. */
export function keyOfClientsCursor(cursor: string, orderBy: ClientSummaryOrder, searching = false): ClientSummaryKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== (searching ? 4 : 3)) throw invalidCursor();
  const [readIn, value, clientId, rank]: unknown[] = decoded;
  if (readIn !== orderBy || typeof value !== 'number' || !Number.isFinite(value) || typeof clientId !== 'string') throw invalidCursor();
  if (!searching) return { value, clientId };
  if (typeof rank !== 'number' || !Number.isInteger(rank)) throw invalidCursor();
  return { rank, value, clientId };
}

import type { WorklistKey } from '@client-lifecycle/ports';
import { InputValidationError } from '../errors';

/** The longest cursor made here: an entry id of two ids (64 characters each) and a step, and a number. */
export const WORKLIST_CURSOR_MAX_LENGTH = 300;

const invalidCursor = () => new InputValidationError([{ field: 'after', messages: ['after must be an endCursor returned by the worklist'] }]);

/** An opaque cursor: the entry's priority and id, as a JSON array in base64url. */
export const worklistCursorOf = (key: WorklistKey): string => Buffer.from(JSON.stringify([key.priority, key.entryId])).toString('base64url');

/** The key a cursor continues after; one not made here is refused. */
export function keyOfWorklistCursor(cursor: string): WorklistKey {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw invalidCursor();
  const [priority, entryId]: unknown[] = decoded;
  if (typeof priority !== 'number' || !Number.isFinite(priority) || typeof entryId !== 'string') throw invalidCursor();
  return { priority, entryId };
}

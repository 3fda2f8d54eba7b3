import type { UnstampedClientCommand } from '@client-lifecycle/application';
import type { ClientCommandType } from '@client-lifecycle/domain';
import type { CommandInput } from '../shared';

type Plain = string | number | boolean | Plain[] | { [key: string]: Plain };

/**
 * GraphQL sends an omitted optional field as null, the domain reads "absent" as undefined;
 * this also turns validated input class instances into plain data fit for an event.
 */
function plain(value: unknown): Plain | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(plain).filter((item): item is Plain => item !== undefined);
  if (typeof value === 'object') {
    const result: { [key: string]: Plain } = {};
    for (const [key, field] of Object.entries(value)) {
      const converted = plain(field);
      if (converted !== undefined) result[key] = converted;
    }
    return result;
  }
  return value as Plain; // strings, numbers and booleans are all that validated inputs hold
}

/**
 * @param explicitNulls fields where null is a value the caller chose (e.g. clearing an end date).
 */
export function toClientCommand(type: ClientCommandType, input: CommandInput, explicitNulls: readonly string[] = []): UnstampedClientCommand {
  const { occurredAt, idempotencyKey: _key, expectedVersion: _version, ...facts } = input;
  const data: Record<string, unknown> = plain(facts) as Record<string, unknown>;
  for (const field of explicitNulls) if ((facts as Record<string, unknown>)[field] === null) data[field] = null;
  // The input classes mirror each command's data field for field, and validation ran before this point.
  return { type, data, ...(occurredAt ? { occurredAt } : {}) } as unknown as UnstampedClientCommand;
}

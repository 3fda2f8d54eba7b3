import type { ClientStreamSource, CommandContext } from '@client-lifecycle/application';

const HEADER_MAX_LENGTH = 200;
const DEFAULT_ACTOR = 'graphql-api';

export interface GraphqlContext {
  readonly req?: { readonly headers: Readonly<Record<string, string | string[] | undefined>> };
  /** Absent outside HTTP requests (subscriptions): queries then read each stream directly. */
  readonly clientStreams?: ClientStreamSource;
}

const header = (context: GraphqlContext, name: string): string | undefined => {
  const value = context.req?.headers[name];
  const single = Array.isArray(value) ? value[0] : value;
  const trimmed = single?.trim();
  return trimmed && trimmed.length <= HEADER_MAX_LENGTH ? trimmed : undefined;
};

/**
 * Who acts and which business flow a request belongs to travel in headers, so a CRM sets them
 * once per connection instead of in every input; they end up in each event's metadata.
 */
export const commandContextOf = (
  context: GraphqlContext,
  input: { readonly idempotencyKey?: string | null; readonly expectedVersion?: number | null },
): CommandContext => ({
  actor: header(context, 'x-actor') ?? DEFAULT_ACTOR,
  correlationId: header(context, 'x-correlation-id'),
  idempotencyKey: input.idempotencyKey ?? undefined,
  expectedVersion: input.expectedVersion ?? undefined,
});

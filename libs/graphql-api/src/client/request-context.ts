import { actingIdentityOf, AuthenticationError, type ClientStreamSource, type CommandContext, type Principal } from '@client-lifecycle/application';

const HEADER_MAX_LENGTH = 200;

export interface GraphqlContext {
  readonly req?: { readonly headers: Readonly<Record<string, string | string[] | undefined>> };
  /** Absent outside HTTP requests (subscriptions): queries then read each stream directly. */
  readonly clientStreams?: ClientStreamSource;
  /** The verified caller: set for every operation the gateway executes (the context refuses requests without one). */
  readonly principal?: Principal;
}

const header = (context: GraphqlContext, name: string): string | undefined => {
  const value = context.req?.headers[name];
  const single = Array.isArray(value) ? value[0] : value;
  const trimmed = single?.trim();
  return trimmed && trimmed.length <= HEADER_MAX_LENGTH ? trimmed : undefined;
};

/**
 * Who acts is the verified principal; a SERVICE credential may add the person it acts for in
 * `x-actor` (ignored for any other credential). The business flow (`x-correlation-id`) travels in
 * a header, so a CRM sets it once per connection instead of in every input. Both end up in each
 * event's metadata.
 */
export const commandContextOf = (
  context: GraphqlContext,
  input: { readonly idempotencyKey?: string | null; readonly expectedVersion?: number | null },
): CommandContext => {
  if (!context.principal) throw new AuthenticationError();
  const identity = actingIdentityOf(context.principal, header(context, 'x-actor'));
  return {
    ...identity,
    correlationId: header(context, 'x-correlation-id'),
    idempotencyKey: input.idempotencyKey ?? undefined,
    expectedVersion: input.expectedVersion ?? undefined,
  };
};

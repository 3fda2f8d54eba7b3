import type { DomainError } from '../shared';
import type { CloseTermination, OpenTermination } from './client.commands';
import { ClientErrors } from './client.errors';
import type { ClientEvent } from './client.events';
import type { RegisteredClient } from './client.state';

type Decision = readonly ClientEvent[] | DomainError;

/**
 * One termination under way per client: recorded on the client's stream, whose expected version
 * makes two proposals racing on any store meet here, one after the other. Opening the same one
 * again changes nothing, so a retried proposal is not refused by its own first attempt.
 */
export const openTermination = ({ data }: OpenTermination, client: RegisteredClient): Decision => {
  const underWay = client.terminationUnderWay;
  if (underWay?.terminationId === data.terminationId) return [];
  if (underWay) return ClientErrors.terminationUnderWay(underWay.terminationId);
  return [{ type: 'TerminationOpened', data: { clientId: data.clientId, terminationId: data.terminationId } }];
};

/** Closing a termination that is not the one under way changes nothing (it ended already, or began before this rule). */
export const closeTermination = ({ data }: CloseTermination, client: RegisteredClient): Decision =>
  client.terminationUnderWay?.terminationId === data.terminationId
    ? [{ type: 'TerminationClosed', data: { clientId: data.clientId, terminationId: data.terminationId, outcome: data.outcome } }]
    : [];

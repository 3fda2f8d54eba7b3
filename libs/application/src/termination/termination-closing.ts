import type { TerminationEnding } from '@client-lifecycle/domain';
import type { CommandContext, UnstampedClientCommand } from '../client/client-command.handler';

/** Closing a termination on its client, the same command and key whoever sends it (service or process manager). */
export const closeTerminationCommand = (clientId: string, terminationId: string, outcome: TerminationEnding): UnstampedClientCommand => ({
  type: 'CloseTermination',
  data: { clientId, terminationId, outcome },
});

export const closeTerminationContext = (terminationId: string, actor: string, correlationId?: string): CommandContext => ({
  actor,
  correlationId,
  idempotencyKey: `termination-close:${terminationId}`,
});

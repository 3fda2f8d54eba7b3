import {
  assertNever,
  type ClientAction,
  type ClientActionRequested,
  clientDecider,
  clientIdOfStream,
  clientStreamId,
  evolveTermination,
  foldEvents,
  initialTerminationState,
  type TerminationStatus,
  terminationIdOfStream,
  terminationStreamId,
  TerminationStatus as Status,
  type TerminationEnding,
} from '@client-lifecycle/domain';
import type { EventStore, RecordedEvent, TerminationRecord, TerminationStore } from '@client-lifecycle/ports';
import type { ClientCommandHandler, UnstampedClientCommand } from '../client/client-command.handler';
import { toClientEvent } from '../client/client-event.codec';
import { CoalescedRuns, CommandRefusedError, InProcessFeed, yieldToEventLoop } from '../shared';
import type { TerminationCommandHandler } from './termination-command.handler';
import { toTerminationEvent } from './termination-event.codec';
import { closeTerminationCommand, closeTerminationContext } from './termination-closing';

const ACTOR = 'termination-process';

/** The termination events that end it, with how it ended. */
const ENDINGS: Readonly<Partial<Record<string, TerminationEnding>>> = {
  TerminationRejected: 'REJECTED',
  TerminationCancelled: 'CANCELLED',
  TerminationOffboarded: 'OFFBOARDED',
};

/** A termination moved: published after the store committed it. */
export interface TerminationProgressed {
  readonly terminationId: string;
  readonly clientId: string;
  readonly status: TerminationStatus;
  /** The event types folded in by this move, in log order. */
  readonly eventTypes: readonly string[];
  readonly position: number;
}

export interface TerminationProcessManagerOptions {
  readonly pageSize?: number;
  readonly log?: (message: string) => void;
  readonly onProgress?: (progress: TerminationProgressed) => void;
}

/** The idempotency key of a client action: derived from its request, so a re-dispatch stores nothing twice. */
export const clientActionKey = (requestId: string): string => `termination-action:${requestId}`;

const toClientCommand = (clientId: string, terminationId: string, action: ClientAction): UnstampedClientCommand => {
  switch (action.type) {
    case 'RestrictNewWork':
      return { type: 'RestrictNewWork', data: { clientId, terminationId, policy: action.policy } };
    case 'LiftNewWorkRestriction':
      return { type: 'LiftNewWorkRestriction', data: { clientId, terminationId } };
    case 'IssueInvoice': {
      const { invoiceId, amount, issuedOn, description } = action;
      return { type: 'IssueInvoice', data: { clientId, invoiceId, amount, issuedOn, description } };
    }
    case 'RecordNoticeOfTermination': {
      const { reason, channel, servedOn, effectiveDate } = action;
      return { type: 'RecordNoticeOfTermination', data: { clientId, terminationId, reason, channel, servedOn, effectiveDate } };
    }
    case 'WithdrawNoticeOfTermination':
      return { type: 'WithdrawNoticeOfTermination', data: { clientId, terminationId } };
    case 'OffboardClient':
      return { type: 'OffboardClient', data: { clientId, terminationId, offboardedOn: action.offboardedOn } };
    case 'WriteOffOutstanding':
      return { type: 'WriteOffOutstanding', data: { clientId, terminationId, amount: action.amount, reason: action.reason } };
    default:
      return assertNever(action);
  }
};

/**
 * The termination saga's process manager: a checkpointed follower of the global log that
 * 1. folds each termination stream into the termination store (its memory and read model);
 * 2. dispatches each client action a termination asked for, once in effect: the request is an
 *    event, its idempotency key derives from it, and the checkpoint only moves after dispatch,
 *    so a crash in between re-dispatches a request the client stream then recognises;
 * 3. feeds payments on a client with a termination under way into that termination.
 * Deadlines reach the process through the scheduler (TerminationDeadlines), not through here.
 */
export class TerminationProcessManager {
  private readonly runs = new CoalescedRuns(() => this.catchUp());
  private unsubscribe: (() => void) | null = null;
  private serial: Promise<unknown> = Promise.resolve();
  /** How far this process has followed the log since it started; the stored checkpoint may be up to a page behind (see `follow`). */
  private followed = 0;

  constructor(
    private readonly events: EventStore,
    private readonly store: TerminationStore,
    private readonly terminations: TerminationCommandHandler,
    private readonly clients: ClientCommandHandler,
    private readonly options: TerminationProcessManagerOptions = {},
  ) {}

  start(onError: (error: unknown) => void): void {
    // Another instance may have followed the log since this one last ran: go on from the stored checkpoint.
    this.followed = 0;
    this.unsubscribe = this.events.onAppended(() => this.runs.wake(onError));
    this.runs.wake(onError);
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    await this.runs.settled();
  }

  async lag(): Promise<number> {
    return (await this.events.headPosition()) - Math.max(await this.store.checkpoint(), this.followed);
  }

  /** Follows every event after the checkpoint; returns the new checkpoint. Calls run one after another. */
  catchUp(): Promise<number> {
    const next = this.serial.then(() => this.follow());
    this.serial = next.catch(() => undefined);
    return next;
  }

  private async follow(): Promise<number> {
    const pageSize = this.options.pageSize ?? 1_000;
    let stored = await this.store.checkpoint();
    let checkpoint = Math.max(stored, this.followed);
    for (;;) {
      const page = await this.events.readAll({ after: checkpoint, maxCount: pageSize });
      if (page.length === 0) return checkpoint;
      const changed = new Map<string, { record: TerminationRecord; eventTypes: string[] }>();
      for (const event of page) await this.handle(event, changed);
      checkpoint = page[page.length - 1].position;
      // Events that moved no termination only move the checkpoint, and each commit is a synced write: the checkpoint is written
      // with the next change, or once a page behind. Until then a restart follows them again, which does nothing again
      // (any dispatch they caused carries its idempotency key).
      if (changed.size > 0 || checkpoint - stored >= pageSize) {
        await this.store.commit(
          [...changed.values()].map((item) => item.record),
          checkpoint,
        );
        stored = checkpoint;
      }
      this.followed = checkpoint;
      for (const { record, eventTypes } of changed.values())
        this.options.onProgress?.({
          terminationId: record.state.terminationId,
          clientId: record.state.clientId,
          status: record.state.status,
          eventTypes,
          position: record.lastPosition,
        });
      await yieldToEventLoop();
    }
  }

  private async handle(event: RecordedEvent, changed: Map<string, { record: TerminationRecord; eventTypes: string[] }>): Promise<void> {
    const terminationId = terminationIdOfStream(event.streamId);
    if (terminationId !== null) {
      const decoded = toTerminationEvent(event);
      const before = changed.get(terminationId)?.record ?? (await this.store.get(terminationId));
      const state = evolveTermination(before?.state ?? initialTerminationState(), decoded);
      if (state.status === 'NONE') return;
      const record = { state, proposedAt: before?.proposedAt ?? event.position, lastPosition: event.position, lastRecordedAt: event.recordedAt };
      changed.set(terminationId, { record, eventTypes: [...(changed.get(terminationId)?.eventTypes ?? []), decoded.type] });
      if (decoded.type === 'ClientActionRequested') await this.dispatch(decoded, event);
      const ending = ENDINGS[decoded.type];
      if (ending !== undefined) await this.closeOnClient(state.clientId, terminationId, ending, event);
      return;
    }
    const clientId = clientIdOfStream(event.streamId);
    if (clientId !== null && event.type === 'PaymentRecorded') await this.feedPayment(clientId, event, changed);
    if (clientId !== null && event.type === 'ClientForgotten') await this.refoldForgotten(clientId, event, changed);
  }

  /**
   * After an erasure the stored records still hold the client's personal fields as they were
   * read: each of its terminations is folded again from its stream, which now reads erased.
   */
  private async refoldForgotten(
    clientId: string,
    event: RecordedEvent,
    changed: Map<string, { record: TerminationRecord; eventTypes: string[] }>,
  ): Promise<void> {
    const records = new Map<string, TerminationRecord>();
    for (let after = 0; ; after += 500) {
      const page = await this.store.list(undefined, 500, after);
      for (const record of page.rows) if (record.state.clientId === clientId) records.set(record.state.terminationId, record);
      if (!page.hasNextPage) break;
    }
    for (const [terminationId, item] of changed) if (item.record.state.clientId === clientId) records.set(terminationId, item.record);
    for (const [terminationId, record] of records) {
      const stream = (await this.events.readStream(terminationStreamId(terminationId))).filter((recorded) => recorded.position <= event.position);
      const state = stream.map(toTerminationEvent).reduce(evolveTermination, initialTerminationState());
      if (state.status === 'NONE') continue;
      changed.set(terminationId, { record: { ...record, state }, eventTypes: [...(changed.get(terminationId)?.eventTypes ?? []), event.type] });
    }
  }

  private async dispatch(request: ClientActionRequested, event: RecordedEvent): Promise<void> {
    const { clientId, terminationId, requestId, action } = request.data;
    const command = { ...toClientCommand(clientId, terminationId, action), occurredAt: event.occurredAt } as UnstampedClientCommand; // the same command, with when it was asked for
    try {
      await this.clients.handle(command, {
        actor: ACTOR,
        correlationId: event.metadata.correlationId,
        causationId: event.eventId,
        idempotencyKey: clientActionKey(requestId),
      });
    } catch (error) {
      // A refusal is final (the client record no longer allows it); it must not block the log.
      if (!(error instanceof CommandRefusedError)) throw error;
      this.options.log?.(`client action ${requestId} (${action.type}) refused: ${error.refusal.code} ${error.message}`);
    }
  }

  /** The termination ended: the client may have another (the service usually did this already; the key makes it once). */
  private async closeOnClient(clientId: string, terminationId: string, ending: TerminationEnding, event: RecordedEvent): Promise<void> {
    try {
      await this.clients.handle(
        { ...closeTerminationCommand(clientId, terminationId, ending), occurredAt: event.occurredAt },
        { ...closeTerminationContext(terminationId, ACTOR, event.metadata.correlationId), causationId: event.eventId },
      );
    } catch (error) {
      if (!(error instanceof CommandRefusedError)) throw error;
      this.options.log?.(`closing termination ${terminationId} on client ${clientId} refused: ${error.refusal.code} ${error.message}`);
    }
  }

  /** The payment with the client's whole open balance right after it, as of that point of its stream. */
  private async feedPayment(clientId: string, event: RecordedEvent, changed: Map<string, { record: TerminationRecord }>): Promise<void> {
    const inPage = [...changed.values()].map((item) => item.record).filter((record) => record.state.clientId === clientId);
    const latest = inPage.sort((a, b) => b.proposedAt - a.proposedAt)[0] ?? (await this.store.latestForClient(clientId));
    if (!latest || latest.state.status !== Status.NoticeServed) return;
    const upToPayment = await this.events.readStream(clientStreamId(clientId), { fromRevision: 1, maxCount: event.revision });
    const client = foldEvents(clientDecider, upToPayment.map(toClientEvent));
    if (client.status === 'UNREGISTERED') return;
    const openMinor = [...client.invoices.values()].reduce((sum, invoice) => sum + invoice.openBalanceMinor, 0);
    const data = event.data as { paymentId: string; paidOn: string }; // a PaymentRecorded, checked by type above
    try {
      await this.terminations.handle(
        {
          type: 'ObserveClientPayment',
          data: {
            terminationId: latest.state.terminationId,
            paymentId: data.paymentId,
            clientOpenBalance: { amountMinor: openMinor, currency: client.contract.currency },
            paidOn: data.paidOn,
          },
        },
        { actor: ACTOR, correlationId: event.metadata.correlationId, causationId: event.eventId, idempotencyKey: `payment:${event.eventId}` },
      );
    } catch (error) {
      if (!(error instanceof CommandRefusedError)) throw error;
      this.options.log?.(`payment ${data.paymentId} not fed to ${latest.state.terminationId}: ${error.refusal.code}`);
    }
  }
}

/** Termination moves, fanned out to subscribers of one termination or all. */
export class TerminationProgressFeed extends InProcessFeed<TerminationProgressed> {
  constructor() {
    super((progress) => progress.terminationId);
  }
}

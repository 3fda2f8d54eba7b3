import { type ClientHistory, type ClientState, clientIdOfStream, clientStreamId } from '@client-lifecycle/domain';
import type { AppendResult, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import type { LoadedState, StreamStateSource } from '../shared/stream-command.handler';
import { ClientFold, type ClientView } from './client.fold';
import type { ClientStreamSource } from './client-streams';

/**
 * Heap a folded client keeps per event it has applied (decider state, history entries, the ids
 * behind them), measured by `bench/client-fold.bench.ts`; the budget is counted in events.
 */
export const BYTES_PER_FOLDED_EVENT = 700;

export interface ClientFoldsOptions {
  /** Heap the cache may hold; the fold used last stays whatever its size. */
  readonly budgetBytes: number;
}

export const DEFAULT_CLIENT_FOLDS_OPTIONS: ClientFoldsOptions = { budgetBytes: 128 * 1024 * 1024 };

const isErasure = (event: RecordedEvent): boolean => event.type === 'ClientForgotten';

/**
 * Client histories some other part of the process already folded, offered to the followers of
 * the log (the projector, the worklist) so they need not read and fold the stream again.
 */
export interface FoldedHistories {
  /** The client's history folded exactly up to `version` (its first `version` events) when held; undefined when not held at that version. */
  historyAt(clientId: string, version: number): ClientHistory | undefined;
}

/**
 * Folded clients kept ready, least recently used evicted first within a heap budget. A fold is
 * keyed by its stream's version: each use reads only the events appended since (by this process
 * or any other), so a client with 20,000 events is not folded again per command or per read; and
 * none at all when the store knows the stream is still at that version (the usual case: this
 * process wrote everything since).
 * Readers get frozen snapshots (`ClientView`); the decider's state stays inside and is lent to
 * `decide` only.
 */
export class ClientFolds implements StreamStateSource<ClientState>, FoldedHistories {
  private readonly folds = new Map<string, ClientFold>();
  /** Each fold's size when last counted, so the total follows folds that grow while cached. */
  private readonly counted = new Map<string, number>();
  private heldEvents = 0;
  private readonly maxEvents: number;

  constructor(
    private readonly store: EventStore,
    options: ClientFoldsOptions = DEFAULT_CLIENT_FOLDS_OPTIONS,
  ) {
    this.maxEvents = Math.floor(options.budgetBytes / BYTES_PER_FOLDED_EVENT);
  }

  /** How many clients and events are held now. */
  get stats(): { readonly clients: number; readonly events: number } {
    return { clients: this.folds.size, events: this.heldEvents };
  }

  /**
   * The client's fold at its stream's latest version. A cached fold reads only the newer events;
   * a cold one reads the whole stream, through `streams` when given (a request's batched reads).
   */
  async fold(clientId: string, streams?: ClientStreamSource): Promise<ClientFold> {
    const cached = this.folds.get(clientId);
    if (cached !== undefined && this.store.knownStreamVersion(clientStreamId(clientId)) === cached.version) {
      this.keep(clientId, cached);
      return cached;
    }
    const fold = cached ?? new ClientFold();
    const events =
      cached === undefined && streams !== undefined
        ? await streams.read(clientId)
        : await this.store.readStream(clientStreamId(clientId), { fromRevision: fold.version + 1 });
    // An erasure (here or in another process): the cached fold holds personal data read before it.
    if (cached !== undefined && events.some(isErasure)) {
      this.drop(clientId);
      return this.fold(clientId);
    }
    if (!fold.advance(events)) throw new Error(`Client ${clientId}: events read do not follow version ${fold.version}`);
    this.keep(clientId, fold);
    return fold;
  }

  /** Forgets a client's fold: the next use folds its stream afresh. */
  drop(clientId: string): void {
    if (!this.folds.delete(clientId)) return;
    this.heldEvents -= this.counted.get(clientId) ?? 0;
    this.counted.delete(clientId);
  }

  /** The client as of `version` or later: no read when the cached fold is there already (right after a command). */
  async atLeast(clientId: string, version: number): Promise<ClientView | null> {
    const cached = this.folds.get(clientId);
    if (cached && cached.version >= version) {
      this.keep(clientId, cached);
      return cached.view();
    }
    return (await this.fold(clientId)).view();
  }

  /**
   * The frozen snapshot at `version` when the cached fold is there or one event past it (right
   * after a command, when the projector folds that command's event); nothing is read, and the
   * fold is not marked used (a follower of the log must not keep clients cached).
   */
  historyAt(clientId: string, version: number): ClientHistory | undefined {
    const view = this.folds.get(clientId)?.view();
    if (!view) return undefined;
    if (view.version === version) return view.history;
    return view.version === version + 1 ? (view.previous ?? undefined) : undefined;
  }

  async load(streamId: string): Promise<LoadedState<ClientState>> {
    return (await this.fold(this.clientIdOf(streamId))).loaded();
  }

  appended(streamId: string, result: AppendResult): void {
    const clientId = this.clientIdOf(streamId);
    const fold = this.folds.get(clientId);
    if (result.events.some(isErasure)) return this.drop(clientId);
    // A fold that another read moved past this append holds it already; one with a gap reads it next time.
    if (fold?.advance(result.events)) this.keep(clientId, fold);
  }

  private clientIdOf(streamId: string): string {
    const clientId = clientIdOfStream(streamId);
    if (clientId === null) throw new Error(`${streamId} is not a client stream`);
    return clientId;
  }

  /** Marks the fold most recently used and evicts the least recently used ones beyond the budget. */
  private keep(clientId: string, fold: ClientFold): void {
    this.heldEvents += fold.size - (this.counted.get(clientId) ?? 0);
    this.folds.delete(clientId);
    this.folds.set(clientId, fold);
    this.counted.set(clientId, fold.size);
    for (const [oldest, evicted] of this.folds) {
      if (this.heldEvents <= this.maxEvents || evicted === fold) break;
      this.folds.delete(oldest);
      this.heldEvents -= this.counted.get(oldest) ?? 0;
      this.counted.delete(oldest);
    }
  }
}

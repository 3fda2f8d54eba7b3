import { ClientHistoryBuilder, clientIdOfStream, clientStreamId, dateOf } from '@client-lifecycle/domain';
import type { ClientSummary, EventStore, RecordedEvent } from '@client-lifecycle/ports';
import { toClientFact } from '../client/client-facts';
import { assessClient, DEFAULT_INSIGHT_CONFIG } from '../insight/client-assessment';
import type { InsightConfig } from '../insight/insight.config';

interface Folded {
  readonly builder: ClientHistoryBuilder;
  lastRecordedAt: string;
}

/**
 * Each client's history folded in memory as the log is followed, and its summary row as of the
 * day of its latest event, never of the wall clock: the same row whoever follows the log (the
 * client list, the Kafka relay) and however often it restarted.
 */
export class ClientSummaryFolder {
  private readonly folded = new Map<string, Folded>();

  constructor(
    private readonly events: EventStore,
    private readonly config: InsightConfig = DEFAULT_INSIGHT_CONFIG,
  ) {}

  clear(): void {
    this.folded.clear();
  }

  /** Folds a page of a log read from position 0, so no client stream is read. */
  applyAll(page: readonly RecordedEvent[]): void {
    // An append writes its events next to each other, so the client is looked up once per run of a stream.
    let streamId: string | null = null;
    let folded: Folded | undefined;
    for (const event of page) {
      if (event.streamId !== streamId) {
        streamId = event.streamId;
        folded = this.foldedOrNew(clientIdOfStream(streamId));
      }
      if (!folded) continue;
      folded.builder.apply(toClientFact(event));
      folded.lastRecordedAt = event.recordedAt;
    }
  }

  /** The client's fold so far, started when it is new; none for a stream that is not a client's. */
  private foldedOrNew(clientId: string | null): Folded | undefined {
    if (clientId === null) return undefined;
    let folded = this.folded.get(clientId);
    if (!folded) {
      folded = { builder: new ClientHistoryBuilder(), lastRecordedAt: '' };
      this.folded.set(clientId, folded);
    }
    return folded;
  }

  clients(): string[] {
    return [...this.folded.keys()];
  }

  /** The rows of the clients a page of the log touched, folded up to `upTo` (the page's last position). */
  async summarize(page: readonly RecordedEvent[], upTo: number): Promise<ClientSummary[]> {
    const touched = new Map<string, RecordedEvent[]>();
    for (const event of page) {
      const clientId = clientIdOfStream(event.streamId);
      if (clientId === null) continue;
      touched.set(clientId, [...(touched.get(clientId) ?? []), event]);
    }
    const rows: ClientSummary[] = [];
    for (const [clientId, events] of touched) {
      // After an erasure the fold in memory still holds the name read before it: fold the stream afresh (it reads erased).
      if (events.some((event) => event.type === 'ClientForgotten')) this.folded.delete(clientId);
      await this.foldedClient(clientId, events, upTo);
      rows.push(...this.rowOf(clientId));
    }
    return rows;
  }

  /** The client's row as of the day of its latest folded event; none before it is registered. */
  rowOf(clientId: string): ClientSummary[] {
    const folded = this.folded.get(clientId);
    const history = folded?.builder.current();
    if (!folded || !history) return [];
    const asOf = dateOf(folded.lastRecordedAt);
    const { risk, collection, profitability } = assessClient(history, asOf, this.config);
    return [
      {
        clientId,
        name: history.name,
        currency: history.contract.currency,
        score: risk.score,
        band: risk.band,
        recommendation: risk.recommendation,
        archetypes: risk.archetypes,
        overdueMinor: collection.totalOverdueMinor,
        contributionMarginMinor: profitability.contributionMarginMinor,
        asOf,
      },
    ];
  }

  /** The client folded up to `upTo`: from memory when it was seen since start, else from its stream. */
  private async foldedClient(clientId: string, events: readonly RecordedEvent[], upTo: number): Promise<void> {
    const known = this.folded.get(clientId);
    const folded = known ?? { builder: new ClientHistoryBuilder(), lastRecordedAt: '' };
    const toApply = known ? events : (await this.events.readStream(clientStreamId(clientId))).filter((event) => event.position <= upTo);
    for (const event of toApply) {
      folded.builder.apply(toClientFact(event));
      folded.lastRecordedAt = event.recordedAt;
    }
    this.folded.set(clientId, folded);
  }
}

import type { ClientHistory, LocalDate } from '@client-lifecycle/domain';
import type { ReadyAssessment } from './client-assessment';

/**
 * Heap an assessment takes per character of its JSON: 1.3 bytes measured on the seeded portfolio
 * (40 clients, 9 KB of JSON each on average), counted as 1.5 for the entries' own upkeep; the
 * budget is counted in characters of JSON, read from a row or serialised from one assessed here.
 */
export const HEAP_BYTES_PER_ASSESSMENT_CHAR = 1.5;

export interface ReadyAssessmentsOptions {
  /** Heap the parsed assessments may hold. */
  readonly budgetBytes: number;
}

/**
 * Room for about 2,900 clients of 15 KB of JSON: a budget smaller than the clients read in turn
 * evicts each before it is read again (the HTTP bench reads its 2,000 clients round and round).
 */
export const DEFAULT_READY_ASSESSMENTS_OPTIONS: ReadyAssessmentsOptions = { budgetBytes: 64 * 1024 * 1024 };

interface Held {
  readonly history: WeakRef<ClientHistory>;
  readonly bytes: number;
}

/**
 * Assessments per folded history snapshot and day, whether read from the client list and parsed
 * or assessed in this process: a snapshot never changes and assesses the same way all day, so
 * `client(id)` read again without new events neither reads its row (15 KB of JSON) and parses it
 * nor assesses the client again. One memo for both, within one budget.
 * Keyed weakly by the snapshot, so an entry never outlives the fold it was made for: an erasure
 * drops the client's fold (ClientFolds), and its assessment goes with it. Least recently used
 * evicted first beyond the budget.
 */
export class ReadyAssessments {
  private readonly byHistory = new WeakMap<ClientHistory, { readonly day: LocalDate; readonly ready: ReadyAssessment }>();
  /** One entry per client, its latest snapshot's, least recently used first. */
  private readonly held = new Map<string, Held>();
  private heldBytes = 0;

  constructor(private readonly options: ReadyAssessmentsOptions = DEFAULT_READY_ASSESSMENTS_OPTIONS) {}

  /** How many clients and bytes are counted now (an entry whose snapshot was collected counts until it is evicted). */
  get stats(): { readonly clients: number; readonly bytes: number } {
    return { clients: this.held.size, bytes: this.heldBytes };
  }

  get(clientId: string, history: ClientHistory, day: LocalDate): ReadyAssessment | undefined {
    const entry = this.byHistory.get(history);
    if (entry?.day !== day) return undefined;
    const held = this.held.get(clientId);
    if (held) {
      this.held.delete(clientId);
      this.held.set(clientId, held);
    }
    return entry.ready;
  }

  /** `ready`, of `jsonLength` characters as JSON, as the assessment of `history` on `day`; replaces the client's previous one. */
  set(clientId: string, history: ClientHistory, day: LocalDate, ready: ReadyAssessment, jsonLength: number): void {
    this.drop(clientId);
    const bytes = jsonLength * HEAP_BYTES_PER_ASSESSMENT_CHAR;
    if (bytes > this.options.budgetBytes) return;
    this.byHistory.set(history, { day, ready });
    this.held.set(clientId, { history: new WeakRef(history), bytes });
    this.heldBytes += bytes;
    for (const [oldest] of this.held) {
      if (this.heldBytes <= this.options.budgetBytes) break;
      this.drop(oldest);
    }
  }

  drop(clientId: string): void {
    const held = this.held.get(clientId);
    if (!held) return;
    this.held.delete(clientId);
    this.heldBytes -= held.bytes;
    const history = held.history.deref();
    if (history) this.byHistory.delete(history);
  }
}

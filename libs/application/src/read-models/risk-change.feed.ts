import { InProcessFeed } from '../shared/in-process.feed';
import type { LocalDate, Recommendation, RiskBand } from '@client-lifecycle/domain';

/** A client's risk moved: published after the read model committed it. */
export interface RiskChange {
  readonly clientId: string;
  readonly name: string;
  readonly score: number;
  readonly band: RiskBand;
  readonly recommendation: Recommendation;
  /** Null when this process had not seen the client since it started. */
  readonly previousScore: number | null;
  readonly previousBand: RiskBand | null;
  readonly asOf: LocalDate;
  /** The log position the change was computed up to. */
  readonly position: number;
}

/** In-process fan-out of risk changes to subscribers (GraphQL subscriptions), one client's or all. */
export class RiskChangeFeed extends InProcessFeed<RiskChange> {
  constructor() {
    super((change) => change.clientId);
  }
}

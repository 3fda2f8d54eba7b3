import { type CheckpointStore, InvalidCheckpointError, isCheckpointPosition } from '@client-lifecycle/ports';

/** For tests and `EVENT_STORE=memory`: the SQLite store's behaviour, gone with the process. */
export class InMemoryCheckpointStore implements CheckpointStore {
  private readonly positions = new Map<string, number>();

  async get(name: string): Promise<number> {
    return this.positions.get(name) ?? 0;
  }

  async put(name: string, position: number): Promise<void> {
    if (!isCheckpointPosition(position)) throw new InvalidCheckpointError(name, position);
    this.positions.set(name, position);
  }

  async close(): Promise<void> {}
}

import type { AppendListener } from '@client-lifecycle/ports';

/** Fan-out of commit notifications; a failing listener must not break the writer or its peers. */
export class AppendListeners {
  private readonly listeners = new Set<AppendListener>();

  add(listener: AppendListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(headPosition: number): void {
    for (const listener of this.listeners) {
      try {
        listener(headPosition);
      } catch {
        // A listener's failure is its own concern: the append is already committed.
      }
    }
  }

  isEmpty(): boolean {
    return this.listeners.size === 0;
  }

  clear(): void {
    this.listeners.clear();
  }
}

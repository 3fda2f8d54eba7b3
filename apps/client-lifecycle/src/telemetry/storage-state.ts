import { Injectable } from '@nestjs/common';
import { isStorageFull } from '@client-lifecycle/graphql-api';

/** Whether the last write the storage refused for lack of space is still the latest word on it. */
@Injectable()
export class StorageState {
  private full: { since: string; message: string } | null = null;

  observeFailure(error: unknown, at: Date): void {
    if (isStorageFull(error) && this.full === null) this.full = { since: at.toISOString(), message: error instanceof Error ? error.message : String(error) };
  }

  observeSuccess(): void {
    this.full = null;
  }

  /** Since when writes fail for lack of space, or null while they succeed. */
  fullSince(): { since: string; message: string } | null {
    return this.full;
  }
}

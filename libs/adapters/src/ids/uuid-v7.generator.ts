import { v7 } from 'uuid';
import type { IdGenerator } from '@client-lifecycle/ports';

export class UuidV7Generator implements IdGenerator {
  next(): string {
    return v7();
  }
}

/** Lifts one stored payload from `fromVersion` to `fromVersion + 1`; pure, so replay stays deterministic. */
export type Upcaster = (data: unknown) => unknown;

export interface UpcasterRegistration {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: Upcaster;
}

export class MissingUpcasterError extends Error {
  constructor(
    readonly eventType: string,
    readonly fromVersion: number,
    readonly currentVersion: number,
  ) {
    super(`No upcaster from ${eventType} v${fromVersion} towards v${currentVersion}`);
    this.name = 'MissingUpcasterError';
  }
}

/**
 * The upcasters of one aggregate's events, chained from any stored version to the current one:
 * history is never rewritten, old payloads are lifted on every read.
 */
export class EventUpcasters {
  private readonly current: ReadonlyMap<string, number>;
  private readonly steps = new Map<string, Upcaster>();

  constructor(currentVersions: Readonly<Record<string, number>>, registrations: readonly UpcasterRegistration[] = []) {
    this.current = new Map(Object.entries(currentVersions));
    for (const { type, fromVersion, upcast } of registrations) {
      const target = this.current.get(type);
      if (target === undefined) throw new Error(`Upcaster for unknown event type ${type}`);
      if (fromVersion < 1 || fromVersion >= target) throw new Error(`Upcaster ${type} v${fromVersion} is outside 1..v${target - 1}`);
      if (this.steps.has(stepKey(type, fromVersion))) throw new Error(`Two upcasters for ${type} v${fromVersion}`);
      this.steps.set(stepKey(type, fromVersion), upcast);
    }
  }

  knows(type: string): boolean {
    return this.current.has(type);
  }

  currentVersionOf(type: string): number | undefined {
    return this.current.get(type);
  }

  /** The payload at the current version of its type; a stored current payload comes back as is (the hot path). */
  upcast(type: string, schemaVersion: number, data: unknown): unknown {
    const target = this.current.get(type);
    if (target === undefined) throw new Error(`Unknown event type ${type}`);
    if (schemaVersion === target) return data;
    if (schemaVersion > target) throw new MissingUpcasterError(type, schemaVersion, target);
    let lifted = data;
    for (let version = schemaVersion; version < target; version++) {
      const step = this.steps.get(stepKey(type, version));
      if (step === undefined) throw new MissingUpcasterError(type, version, target);
      lifted = step(lifted);
    }
    return lifted;
  }
}

const stepKey = (type: string, fromVersion: number): string => `${type}@${fromVersion}`;

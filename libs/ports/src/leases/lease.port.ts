export const LEASE_STORE = Symbol('LeaseStore');

/**
 * The right to be the one active instance of a singleton worker (projector, scheduler, saga,
 * relay) among all processes of a deployment. It ends with `release`, or when its holder dies.
 */
export interface Lease {
  readonly name: string;
  readonly owner: string;
  /**
   * Confirms the lease is still this holder's; false once it was lost (its connection or file
   * lock is gone), after which the holder must stop the work at once.
   */
  renew(): Promise<boolean>;
  release(): Promise<void>;
}

export interface LeaseStore {
  /** Takes the named lease when nobody holds it; null while another holder, in any process, has it. */
  tryAcquire(name: string): Promise<Lease | null>;
  /** Releases every lease this store still holds. */
  close(): Promise<void>;
}

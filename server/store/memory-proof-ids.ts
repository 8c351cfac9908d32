/**
 * DPoP proof ids in the memory of one process: right for the SQLite store, which one process
 * serves. A store shared by several instances keeps them where all instances see them
 * (`server/store/postgres/proof-ids.ts`).
 */
import type { ProofIdStore } from './portal-store.js';

/** Remembers proof ids until they expire; refuses every proof once full (never forgets early). */
export class MemoryProofIdStore implements ProofIdStore {
  private readonly seen = new Map<string, number>();
  private readonly limit: number;

  constructor(limit = 100_000) {
    this.limit = limit;
  }

  remember(jti: string, expiresAt: number, now: number): Promise<boolean> {
    this.prune(now);
    if (this.seen.has(jti)) return Promise.resolve(false);
    // Full: refuse rather than forget (forgetting would let a replay through).
    if (this.seen.size >= this.limit) return Promise.resolve(false);
    this.seen.set(jti, expiresAt);
    return Promise.resolve(true);
  }

  private prune(now: number): void {
    for (const [jti, expires] of this.seen) {
      // Every proof lives equally long, so insertion order is expiry order.
      if (expires > now) break;
      this.seen.delete(jti);
    }
  }
}

/** Commands a phone may send in a burst (an outbox flushing a full round of notes after a dropout), and how many it regains per second. */
export const PHONE_BURST = 60;
export const PHONE_REFILL_PER_S = 5;

/** How often idle buckets are dropped: a full bucket holds nothing worth keeping. */
const SWEEP_EVERY_TAKES = 1_000;

/** A token bucket per key (a participant, not an IP: a venue is one IP). */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private takes = 0;

  constructor(
    private readonly burst = PHONE_BURST,
    private readonly refillPerS = PHONE_REFILL_PER_S,
  ) {}

  /** Tokens of a bucket at `now`, refilled for the time since it was last used. */
  private tokensAt(bucket: { tokens: number; at: number }, now: number): number {
    return Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerS);
  }

  take(key: string, now: number): boolean {
    if (++this.takes % SWEEP_EVERY_TAKES === 0) this.sweep(now);
    const known = this.buckets.get(key);
    const tokens = known ? this.tokensAt(known, now) : this.burst;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }

  /** Forgets the buckets that have filled up again (as if never used), so keys of people long gone do not pile up. */
  sweep(now: number): void {
    for (const [key, bucket] of this.buckets) if (this.tokensAt(bucket, now) >= this.burst) this.buckets.delete(key);
  }

  /** How many keys are tracked (for tests and the bench). */
  get size(): number {
    return this.buckets.size;
  }
}

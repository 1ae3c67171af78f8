/** Commands a phone may send in a burst (an outbox flushing a full round of notes after a dropout), and how many it regains per second. */
export const PHONE_BURST = 60;
export const PHONE_REFILL_PER_S = 5;

/** A token bucket per key (a participant, not an IP: a venue is one IP). */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly burst = PHONE_BURST,
    private readonly refillPerS = PHONE_REFILL_PER_S,
  ) {}

  take(key: string, now: number): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerS);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    return true;
  }

  forget(key: string): void {
    this.buckets.delete(key);
  }
}

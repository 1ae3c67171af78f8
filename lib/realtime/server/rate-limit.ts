/** Commands a phone may send in a burst (an outbox flushing a full round of notes after a dropout), and how many it regains per second. */
export const PHONE_BURST = 60;
export const PHONE_REFILL_PER_S = 5;

/**
 * Joins from one network address: when the app is hosted online a whole venue arrives from one
 * public address (its NAT), so the burst seats a room that scans the QR at once (200 phones), and
 * then 8 more per second (480 a minute: 300 phones in 2 minutes pass with room to spare, 2,000 in
 * under 4 minutes). A script on one laptop gets the same: 200 fake people, then 8 per second.
 */
export const JOIN_PER_ADDRESS = { burst: 200, refillPerS: 8 } as const;
/** Joins into one session from every address together (phones on mobile data have many addresses). */
export const JOIN_PER_SESSION = { burst: 400, refillPerS: 15 } as const;

/** How often idle buckets are dropped: a full bucket holds nothing worth keeping. */
const SWEEP_EVERY_TAKES = 1_000;

type Bucket = { tokens: number; at: number };

/** A token bucket per key (a participant, an address, a session). */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private takes = 0;

  constructor(
    private readonly burst = PHONE_BURST,
    private readonly refillPerS = PHONE_REFILL_PER_S,
  ) {}

  /** Tokens of a bucket at `now`, refilled for the time since it was last used. */
  private tokensAt(bucket: Bucket, now: number): number {
    return Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.refillPerS);
  }

  /** Tokens the key has at `now`. */
  available(key: string, now: number): number {
    const known = this.buckets.get(key);
    return known ? this.tokensAt(known, now) : this.burst;
  }

  /** Milliseconds until the key has a token again (0: it has one now). */
  waitMs(key: string, now: number): number {
    const tokens = this.available(key, now);
    return tokens >= 1 ? 0 : Math.ceil(((1 - tokens) / this.refillPerS) * 1000);
  }

  take(key: string, now: number): boolean {
    if (++this.takes % SWEEP_EVERY_TAKES === 0) this.sweep(now);
    const tokens = this.available(key, now);
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

export type JoinLimits = { perAddress: { burst: number; refillPerS: number }; perSession: { burst: number; refillPerS: number } };

/** Joins are limited per address and per session at once: a join takes a token from both, or from neither. */
export class JoinLimiter {
  private readonly perAddress: RateLimiter;
  private readonly perSession: RateLimiter;

  /** Other limits are for measurements only (a bench joining 2,000 simulated phones from one address). */
  constructor(limits: JoinLimits = { perAddress: JOIN_PER_ADDRESS, perSession: JOIN_PER_SESSION }) {
    this.perAddress = new RateLimiter(limits.perAddress.burst, limits.perAddress.refillPerS);
    this.perSession = new RateLimiter(limits.perSession.burst, limits.perSession.refillPerS);
  }

  /** Takes a join for this address and session, or says how long to wait. */
  admit(address: string, sessionId: string, now: number): { ok: true } | { ok: false; retryAfterMs: number } {
    const wait = Math.max(this.perAddress.waitMs(address, now), this.perSession.waitMs(sessionId, now));
    if (wait > 0) return { ok: false, retryAfterMs: wait };
    this.perAddress.take(address, now);
    this.perSession.take(sessionId, now);
    return { ok: true };
  }
}

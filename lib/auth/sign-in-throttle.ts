/** Wrong passwords a client may try before it has to wait. */
export const CLIENT_FREE_TRIES = 5;
/** Wrong passwords all clients together may try (within `FORGET_AFTER_MS`) before everyone has to wait. */
export const OVERALL_FREE_TRIES = 30;
/** The first wait; it doubles with every further wrong password. */
export const FIRST_WAIT_MS = 1000;
/** The longest wait of one client, and of everyone together (shorter: a prankster must not lock the organiser out for long). */
export const CLIENT_MAX_WAIT_MS = 15 * 60_000;
export const OVERALL_MAX_WAIT_MS = 60_000;
/** Failures are forgotten after this long without one. */
export const FORGET_AFTER_MS = 15 * 60_000;

type AttemptRecord = { failures: number; lastAt: number; refusals: number };

/** The outcome of asking to try a password: go ahead, or wait this long. */
export type ThrottleDecision =
  | { allowed: true }
  /** `firstRefusal`: the first refusal since the last allowed try (worth a log line; the others are not). */
  | { allowed: false; retryAfterMs: number; scope: 'client' | 'overall'; firstRefusal: boolean };

const OVERALL = '*';
const SWEEP_ABOVE = 1000;

/**
 * Sign-in attempts per client address and overall, with exponential back-off. Every attempt counts
 * as a failure from the moment it starts (so a burst of parallel tries cannot slip through while the
 * first ones are being hashed) until it proves right: `succeeded` then clears the client's count.
 * Refused attempts do not count, so waiting out the back-off always works.
 */
export class SignInThrottle {
  private readonly records = new Map<string, AttemptRecord>();

  private wait(record: AttemptRecord | undefined, freeTries: number, maxWaitMs: number, now: number): number {
    if (!record || now - record.lastAt >= FORGET_AFTER_MS || record.failures < freeTries) return 0;
    const backoff = Math.min(maxWaitMs, FIRST_WAIT_MS * 2 ** Math.min(30, record.failures - freeTries));
    return Math.max(0, record.lastAt + backoff - now);
  }

  private fail(key: string, now: number): void {
    const record = this.records.get(key);
    const fresh = !record || now - record.lastAt >= FORGET_AFTER_MS;
    this.records.set(key, { failures: fresh ? 1 : record.failures + 1, lastAt: now, refusals: 0 });
  }

  private refuse(key: string, retryAfterMs: number, scope: 'client' | 'overall'): ThrottleDecision {
    const record = this.records.get(key);
    if (record) record.refusals += 1;
    return { allowed: false, retryAfterMs, scope, firstRefusal: record?.refusals === 1 };
  }

  /** Asks to try a password from `client`; when allowed, the attempt is counted as a failure until `succeeded`. */
  begin(client: string, now: number): ThrottleDecision {
    if (this.records.size > SWEEP_ABOVE) this.sweep(now);
    const clientWait = this.wait(this.records.get(client), CLIENT_FREE_TRIES, CLIENT_MAX_WAIT_MS, now);
    if (clientWait > 0) return this.refuse(client, clientWait, 'client');
    const overallWait = this.wait(this.records.get(OVERALL), OVERALL_FREE_TRIES, OVERALL_MAX_WAIT_MS, now);
    if (overallWait > 0) return this.refuse(OVERALL, overallWait, 'overall');
    this.fail(client, now);
    this.fail(OVERALL, now);
    return { allowed: true };
  }

  /** The password was right: the client starts afresh, and its attempt no longer counts overall. */
  succeeded(client: string): void {
    this.records.delete(client);
    const overall = this.records.get(OVERALL);
    if (overall && overall.failures > 0) overall.failures -= 1;
  }

  /** Failures counted for a client (for the log line). */
  failures(client: string): number {
    return this.records.get(client)?.failures ?? 0;
  }

  /** Drops what is older than `FORGET_AFTER_MS`, so that the map does not grow with every address ever seen. */
  sweep(now: number): void {
    for (const [key, record] of this.records) if (now - record.lastAt >= FORGET_AFTER_MS) this.records.delete(key);
  }
}

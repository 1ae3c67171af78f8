import { describe, expect, it } from 'vitest';
import { JOIN_PER_ADDRESS, JOIN_PER_SESSION, JoinLimiter, RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it.each([
    { name: 'a burst is allowed', burst: 3, refill: 1, takes: [0, 0, 0], expected: [true, true, true] },
    { name: 'beyond the burst is refused', burst: 2, refill: 1, takes: [0, 0, 0], expected: [true, true, false] },
    { name: 'tokens come back with time', burst: 1, refill: 2, takes: [0, 0, 499, 500], expected: [true, false, false, true] },
    { name: 'a refill never exceeds the burst', burst: 2, refill: 10, takes: [0, 10_000, 10_000, 10_000], expected: [true, true, true, false] },
  ])('$name', ({ burst, refill, takes, expected }) => {
    const limiter = new RateLimiter(burst, refill);
    expect(takes.map((at) => limiter.take('phone', at))).toEqual(expected);
  });

  it('keeps one bucket per key', () => {
    const limiter = new RateLimiter(1, 1);
    expect([limiter.take('a', 0), limiter.take('b', 0), limiter.take('a', 0)]).toEqual([true, true, false]);
  });

  it('drops buckets that have filled up again, and only those', () => {
    const limiter = new RateLimiter(2, 1);
    limiter.take('idle', 0);
    limiter.take('busy', 1_500);
    limiter.take('busy', 1_500);
    limiter.sweep(2_000);
    expect(limiter.size).toBe(1);
    limiter.sweep(4_000);
    expect(limiter.size).toBe(0);
  });

  it('sweeps by itself as it is used, so keys of people long gone do not pile up', () => {
    const limiter = new RateLimiter(1, 1);
    for (let i = 0; i < 5_000; i++) limiter.take(`phone-${i}`, i * 10);
    expect(limiter.size).toBeLessThan(1_000);
  });
});

describe('RateLimiter.waitMs', () => {
  it.each([
    { name: 'a token left: no wait', takes: 1, at: 0, wait: 0 },
    { name: 'empty: the time for one token', takes: 2, at: 0, wait: 500 },
    { name: 'partly refilled: the rest of it', takes: 2, at: 200, wait: 300 },
  ])('$name', ({ takes, at, wait }) => {
    const limiter = new RateLimiter(2, 2);
    for (let i = 0; i < takes; i++) limiter.take('phone', 0);
    expect(limiter.waitMs('phone', at)).toBe(wait);
  });
});

describe('JoinLimiter', () => {
  it('lets a burst in per address, then says how long to wait', () => {
    const limiter = new JoinLimiter();
    const admitted = Array.from({ length: JOIN_PER_ADDRESS.burst + 1 }, () => limiter.admit('10.0.0.1', 's1', 0));
    expect(admitted.filter((a) => a.ok)).toHaveLength(JOIN_PER_ADDRESS.burst);
    expect(admitted.at(-1)).toEqual({ ok: false, retryAfterMs: Math.ceil(1000 / JOIN_PER_ADDRESS.refillPerS) });
    // Another address is not held up by the first one.
    expect(limiter.admit('10.0.0.2', 's1', 0)).toEqual({ ok: true });
  });

  it('limits a session over every address, and takes no token from an address it refuses', () => {
    const limiter = new JoinLimiter();
    let admitted = 0;
    for (let i = 0; i < JOIN_PER_SESSION.burst + 50; i++) if (limiter.admit(`10.0.${i % 100}.1`, 's1', 0).ok) admitted++;
    expect(admitted).toBe(JOIN_PER_SESSION.burst);
    // The refused joins did not cost their addresses anything: another session takes them in.
    for (let i = 0; i < 100; i++) expect(limiter.admit(`10.0.${i}.1`, 's2', 0).ok).toBe(true);
  });

  it('keeps a real room going: 300 joins over two minutes from one address all pass', () => {
    const limiter = new JoinLimiter();
    const refused = Array.from({ length: 300 }, (_, i) => limiter.admit('203.0.113.7', 'venue', i * 400)).filter((a) => !a.ok);
    expect(refused).toEqual([]);
  });
});

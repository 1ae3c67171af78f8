import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

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

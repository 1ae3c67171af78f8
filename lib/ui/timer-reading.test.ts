import { describe, expect, it } from 'vitest';
import type { Timer } from '@/lib/domain/session-machine';
import { formatClock, readTimer } from './timer-reading';

describe('formatClock', () => {
  it.each([
    [0, false, '0:00'],
    [1, false, '0:01'],
    [999, false, '0:01'],
    [1000, false, '0:01'],
    [59_001, false, '1:00'],
    [600_000, false, '10:00'],
    [3_600_000, false, '1:00:00'],
    [3_661_000, false, '1:01:01'],
    [999, true, '+0:00'],
    [1000, true, '+0:01'],
    [75_500, true, '+1:15'],
  ] as const)('%d ms (overtime %s) → %s', (ms, overtime, expected) => {
    expect(formatClock(ms, overtime)).toBe(expected);
  });
});

describe('readTimer', () => {
  const running: Timer = { status: 'running', endsAt: 10_000, durationMs: 60_000 };
  const paused: Timer = { status: 'paused', remainingMs: 5_000, durationMs: 60_000 };
  const pausedOver: Timer = { status: 'paused', remainingMs: -2_000, durationMs: 60_000 };
  it.each([
    ['running, time left', running, 4_000, { paused: false, overtime: false, ms: 6_000 }],
    ['running, at the deadline', running, 10_000, { paused: false, overtime: false, ms: 0 }],
    ['running, overtime', running, 13_000, { paused: false, overtime: true, ms: 3_000 }],
    ['paused ignores now', paused, 99_000, { paused: true, overtime: false, ms: 5_000 }],
    ['paused in overtime', pausedOver, 0, { paused: true, overtime: true, ms: 2_000 }],
  ] as const)('%s', (_name, timer, now, expected) => {
    expect(readTimer(timer, now)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { estimateClockOffset, type ClockEstimate, type ClockSample } from './clock-offset';

/** A round trip sent at `sent` (client clock), read by the server at `server`, back at `received`. */
const sample = (sent: number, server: number, received: number): ClockSample => ({
  clientSentAt: sent,
  serverTime: server,
  clientReceivedAt: received,
});

describe('estimateClockOffset', () => {
  it.each<[string, ClockSample[], ClockEstimate | null]>([
    ['no samples', [], null],
    ['server ahead of the client (client behind)', [sample(1_000, 6_050, 1_100)], { offsetMs: 5_000, rttMs: 100 }],
    ['client ahead of the server', [sample(10_000, 7_040, 10_080)], { offsetMs: -3_000, rttMs: 80 }],
    ['clocks agree', [sample(1_000, 1_025, 1_050)], { offsetMs: 0, rttMs: 50 }],
    ['zero round trip is usable', [sample(2_000, 2_500, 2_000)], { offsetMs: 500, rttMs: 0 }],
    ['half a millisecond is rounded', [sample(1_000, 2_000, 1_101)], { offsetMs: 950, rttMs: 101 }],
    [
      'lowest round trip wins, wherever it is',
      [sample(0, 1_300, 300), sample(1_000, 2_020, 1_040), sample(2_000, 3_200, 2_120)],
      { offsetMs: 1_000, rttMs: 40 },
    ],
    [
      'lowest round trip wins when it comes last',
      [sample(0, 1_300, 300), sample(1_000, 2_200, 1_120), sample(2_000, 2_510, 2_020)],
      { offsetMs: 500, rttMs: 20 },
    ],
    ['ties keep the first', [sample(0, 1_025, 50), sample(1_000, 3_025, 1_050)], { offsetMs: 1_000, rttMs: 50 }],
    ['a negative round trip alone is unusable', [sample(1_000, 5_000, 900)], null],
    ['a negative round trip does not beat a real one', [sample(1_000, 9_999, 900), sample(2_000, 2_560, 2_120)], { offsetMs: 500, rttMs: 120 }],
    ['NaN server time is skipped', [sample(0, Number.NaN, 10), sample(100, 205, 110)], { offsetMs: 100, rttMs: 10 }],
    ['infinite server time is skipped', [sample(0, Number.POSITIVE_INFINITY, 10), sample(100, 205, 110)], { offsetMs: 100, rttMs: 10 }],
    ['NaN sent time is skipped', [sample(Number.NaN, 100, 10), sample(100, 205, 130)], { offsetMs: 90, rttMs: 30 }],
    ['NaN received time is skipped', [sample(0, 100, Number.NaN), sample(100, 205, 130)], { offsetMs: 90, rttMs: 30 }],
    ['only unusable samples', [sample(Number.NaN, 100, 10), sample(50, 100, 40)], null],
  ])('%s', (_name, samples, expected) => {
    expect(estimateClockOffset(samples)).toEqual(expected);
  });
});

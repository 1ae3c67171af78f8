import { describe, expect, it } from 'vitest';
import { mixingFigures, unmetConstraints } from './mixing-figures';
import type { MixingFigures, RotationSetup, Seating } from './rotation-types';

const TWO_TABLES: RotationSetup = {
  people: [
    { id: 'a', label: 'x' },
    { id: 'b', label: 'x' },
    { id: 'c', label: 'y' },
    { id: 'd', label: 'y' },
  ],
  tables: [
    { id: 'T1', host: 'h1', max: 3 },
    { id: 'T2', host: 'h2' },
  ],
};

const ZERO: MixingFigures = {
  repeatedPairs: 0,
  maxMeetings: 0,
  revisits: 0,
  sizeSpread: 0,
  sizesOutOfBounds: 0,
  labelExcess: 0,
  unmetConstraints: 0,
};

describe('mixingFigures', () => {
  it.each<[string, RotationSetup, Seating, Partial<MixingFigures>]>([
    ['nobody seated', TWO_TABLES, {}, {}],
    ['one round: everyone meets once', TWO_TABLES, { 0: { a: 'T1', c: 'T1', b: 'T2', d: 'T2' } }, { maxMeetings: 1 }],
    [
      'a and b swap tables, c and d stay: c and d revisit and meet their host twice',
      TWO_TABLES,
      { 0: { a: 'T1', c: 'T1', b: 'T2', d: 'T2' }, 1: { a: 'T2', d: 'T2', b: 'T1', c: 'T1' } },
      { repeatedPairs: 2, maxMeetings: 2, revisits: 2 },
    ],
    [
      'the whole group stays: every pair meets twice, hosts included, everyone revisits',
      TWO_TABLES,
      { 0: { a: 'T1', b: 'T1', c: 'T2', d: 'T2' }, 1: { a: 'T1', b: 'T1', c: 'T2', d: 'T2' } },
      // pairs at T1: a-b, a-h1, b-h1; at T2: c-d, c-h2, d-h2. Labels x, x at T1: fair share 1 each.
      { repeatedPairs: 6, maxMeetings: 2, revisits: 4, labelExcess: 4 },
    ],
    [
      'three at one table (host included 4 > max 3), one at the other',
      TWO_TABLES,
      { 0: { a: 'T1', b: 'T1', c: 'T1', d: 'T2' } },
      { maxMeetings: 1, sizeSpread: 2, sizesOutOfBounds: 1, labelExcess: 1 },
    ],
    [
      'a no-show host: the table counts its movers only',
      {
        ...TWO_TABLES,
        tables: [
          { id: 'T1', host: null },
          { id: 'T2', host: 'h2' },
        ],
      },
      { 0: { a: 'T1', b: 'T1', c: 'T2' } },
      { maxMeetings: 1, sizeSpread: 0, labelExcess: 1 },
    ],
    [
      'a stay constraint makes a return expected',
      { ...TWO_TABLES, constraints: [{ kind: 'stay', person: 'a', table: 'T1' }] },
      { 0: { a: 'T1', b: 'T2' }, 1: { a: 'T1', b: 'T1' } },
      // a meets h1 twice (expected, not a revisit); a and b (both label x) share T1 in round 1.
      { repeatedPairs: 1, maxMeetings: 2, revisits: 0, sizeSpread: 2, labelExcess: 1 },
    ],
  ])('%s', (_, setup, seats, expected) => {
    expect(mixingFigures(setup, seats)).toEqual({ ...ZERO, ...expected });
  });
});

describe('unmetConstraints', () => {
  const seats: Seating = { 0: { a: 'T1', b: 'T1', c: 'T2' }, 1: { a: 'T2', b: 'T1', c: 'T2' } };
  it.each([
    [{ kind: 'apart', a: 'a', b: 'b' } as const, true],
    [{ kind: 'apart', a: 'a', b: 'b', rounds: [1] } as const, false],
    [{ kind: 'together', a: 'a', b: 'c', rounds: [1] } as const, false],
    [{ kind: 'together', a: 'a', b: 'c' } as const, true],
    [{ kind: 'stay', person: 'b', table: 'T1' } as const, false],
    [{ kind: 'stay', person: 'a', table: 'T1' } as const, true],
    [{ kind: 'apart', a: 'a', b: 'gone' } as const, false],
  ])('%j unmet: %s', (constraint, unmet) => {
    expect(unmetConstraints([constraint], seats).length).toBe(unmet ? 1 : 0);
  });
});

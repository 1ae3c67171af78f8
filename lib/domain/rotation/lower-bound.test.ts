import { describe, expect, it } from 'vitest';
import { evenSpreadPairs, rotationBound } from './lower-bound';

describe('rotationBound', () => {
  it.each([
    // people, tables, rounds → repeated pairs, revisits, tables for zero
    [30, 5, 3, 5, 0, 6],
    [48, 8, 4, 0, 0, 7],
    [50, 7, 3, 1, 0, 8],
    [200, 30, 4, 0, 0, 15],
    [1000, 150, 4, 0, 0, 32],
    [64, 8, 4, 0, 0, 8],
    [56, 7, 4, 7, 0, 8],
    [36, 6, 4, 0, 0, 7],
    [36, 6, 3, 0, 0, 6],
    [20, 4, 4, 4, 0, 5],
    [6, 1, 3, 15, 10, 3],
    [12, 3, 4, 9, 9, 4],
    [10, 5, 1, 0, 0, 1],
    [5, 5, 3, 0, 0, 3],
  ])('(%i people, %i tables, %i rounds) → %i pairs, %i revisits, zero with %i tables', (p, t, r, pairs, revisits, zero) => {
    expect(rotationBound(p, t, r)).toEqual({ repeatedPairs: pairs, revisits, tablesForZero: zero });
  });

  it.each([
    // people, tables, rounds, pair cap → repeated pairs
    [30, 5, 3, 2, 15],
    [30, 5, 3, 3, 5],
    [56, 7, 4, 2, 42],
    [56, 7, 4, 3, 14],
    [48, 8, 4, 2, 0],
    [12, 3, 4, 2, 9],
  ])('(%i people, %i tables, %i rounds), no pair meeting more than %i times → %i pairs', (p, t, r, cap, pairs) => {
    expect(rotationBound(p, t, r, cap).repeatedPairs).toBe(pairs);
  });

  it('says when zero would need more tables than people', () => {
    expect(rotationBound(3, 1, 5).tablesForZero).toBeNull();
  });
});

describe('evenSpreadPairs', () => {
  it.each([
    [25, 20, 5],
    [43, 42, 1],
    [49, 42, 7],
    [30, 30, 0],
    [60, 20, 60],
    [0, 20, 0],
    [4, 0, 6],
  ])('%i items over %i cells → %i pairs', (items, cells, expected) => {
    expect(evenSpreadPairs(items, cells)).toBe(expected);
  });
});

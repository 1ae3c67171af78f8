import { describe, expect, it } from 'vitest';
import { cyclicConstruction, cyclicMultipliers, fieldConstruction, projectedFieldConstruction } from './construction';

/** Pairs of slots sharing a table in more than one round, and slots at a table twice. */
function scheduleFigures(schedules: Int32Array[]): { repeats: number; revisits: number; maxPerTable: number } {
  let repeats = 0;
  let revisits = 0;
  for (let a = 0; a < schedules.length; a++) {
    const s = schedules[a] ?? new Int32Array();
    if (new Set(s).size < s.length) revisits++;
    for (let b = a + 1; b < schedules.length; b++) {
      let shared = 0;
      s.forEach((t, r) => {
        if (t >= 0 && schedules[b]?.[r] === t) shared++;
      });
      if (shared > 1) repeats++;
    }
  }
  const rounds = schedules[0]?.length ?? 0;
  let maxPerTable = 0;
  for (let r = 0; r < rounds; r++) {
    const counts = new Map<number, number>();
    for (const s of schedules) counts.set(s[r] ?? -1, (counts.get(s[r] ?? -1) ?? 0) + 1);
    maxPerTable = Math.max(maxPerTable, ...counts.values());
  }
  return { repeats, revisits, maxPerTable };
}

describe('fieldConstruction', () => {
  it.each([
    // tables, rounds, slots → repeats, revisits, most movers at one table in a round
    [8, 4, 56, 0, 0, 7],
    [8, 8, 56, 0, 0, 7],
    [9, 4, 72, 0, 0, 8],
    [4, 4, 12, 0, 0, 3],
    [7, 4, 42, 0, 0, 6],
    [7, 4, 49, 7, 0, 7],
    [5, 3, 25, 5, 0, 5],
    [7, 3, 43, 1, 0, 7],
  ])('GF(%i), %i rounds, %i slots: %i repeats, %i revisits, ≤ %i per table', (t, r, n, repeats, revisits, most) => {
    const c = fieldConstruction(t, r, n);
    expect(c && scheduleFigures(c.schedules)).toEqual({ repeats, revisits, maxPerTable: most });
  });

  it('is null without a field', () => {
    expect(fieldConstruction(6, 3, 30)).toBeNull();
  });
});

describe('cyclic multipliers', () => {
  it.each([
    [150, 4, [1, 2, 3, 4, 5, 6]],
    [8, 4, [1, 2, 3]],
    [6, 4, [1]],
    [30, 4, [1, 2, 3, 4, 5, 6]],
  ])('Z_%i for %i rounds starts with %j', (t, r, expected) => {
    expect(cyclicMultipliers(t, r).slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    [150, 4, 850],
    [30, 4, 170],
  ])('Z_%i, %i rounds, %i slots: zero repeats and revisits', (t, r, n) => {
    expect(scheduleFigures(cyclicConstruction(t, r, n).schedules)).toEqual({
      repeats: 0,
      revisits: 0,
      maxPerTable: Math.ceil(n / t),
    });
  });
});

describe('projectedFieldConstruction', () => {
  it('for 6 tables uses GF(7) and leaves holes (−1) where table 6 was', () => {
    const c = projectedFieldConstruction(6, 4, 30);
    expect(c?.name).toBe('GF(7) without 1 table(s)');
    expect(c?.schedules.length).toBe(30);
    expect(c?.schedules.every((s) => s.every((t) => t >= -1 && t < 6))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { arrayConstruction, hostTransversalConstruction, knownTransversals } from './array-construction';
import { constructions, cyclicConstruction, cyclicMultipliers, fieldConstruction, projectedFieldConstruction } from './construction';
import { SIX_TABLE_DESIGNS } from './known-designs';
import { orthogonalArray } from './orthogonal-arrays';
import { storedDesign } from './stored-design';

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

describe('arrayConstruction (MOLS for tables that are not a prime power)', () => {
  it.each([
    // tables, rounds, slots → repeats, revisits, most movers at one table in a round
    [10, 3, 90, 0, 0, 9],
    [12, 4, 132, 0, 0, 11],
    [12, 6, 132, 0, 0, 11],
    [15, 4, 210, 0, 0, 14],
    [20, 4, 380, 0, 0, 19],
    [12, 4, 60, 0, 0, 5],
    // Extra rows reuse a class: each extra slot meets its twin every round, nobody else twice.
    [10, 3, 100, 10, 0, 10],
  ])('%i tables, %i rounds, %i slots: %i repeats, %i revisits, ≤ %i per table', (t, r, n, repeats, revisits, most) => {
    const oa = orthogonalArray(t, r + 1);
    const c = oa && arrayConstruction(oa, r, n, 'test');
    expect(c && scheduleFigures(c.schedules)).toEqual({ repeats, revisits, maxPerTable: most });
  });

  it('puts slot j of every row at table j in round 0 (each row fills every table once)', () => {
    const oa = orthogonalArray(12, 5);
    const c = oa && arrayConstruction(oa, 4, 24, 'test');
    expect(c?.schedules.map((s) => s[0])).toEqual([...Array.from({ length: 12 }, (_, j) => j), ...Array.from({ length: 12 }, (_, j) => j)]);
  });
});

describe('hostTransversalConstruction', () => {
  it.each([
    // tables, rounds, slots → repeats, revisits, most movers at one table in a round
    [10, 4, 90, 0, 0, 9],
    [6, 3, 30, 0, 0, 5],
    [6, 3, 18, 0, 0, 3],
    // Three transversals fill 18 seats evenly; the 6 others cannot (they would be a fifth transversal).
    [6, 3, 24, 0, 0, 5],
  ])('%i tables, %i rounds, %i movers: %i repeats, %i revisits, ≤ %i per table', (t, r, n, repeats, revisits, most) => {
    const known = knownTransversals(t, r);
    const c = known && hostTransversalConstruction(known.oa, known.transversals, r, n, 'test');
    expect(c && scheduleFigures(c.schedules)).toEqual({ repeats, revisits, maxPerTable: most });
  });
});

describe('constructions', () => {
  it.each<[number, number, number, string]>([
    [8, 4, 56, 'GF(8)'],
    [30, 4, 170, 'Z30'],
    [12, 4, 84, 'OA(5, 12)'],
    [10, 3, 90, 'OA(4, 10)'],
    [10, 4, 90, 'OA(4, 10) with a host transversal'],
    [15, 4, 75, 'OA(5, 15)'],
    [6, 4, 30, 'stored design for 6 tables, 4 rounds'],
    [7, 4, 30, 'GF(7)'],
    [6, 3, 30, 'OA(3, 6) with a host transversal'],
  ])('%i tables, %i rounds, %i slots: %s first', (t, r, n, name) => {
    expect(constructions(t, r, n)[0]?.()?.name).toBe(name);
  });
});

describe('stored designs for 6 tables', () => {
  it.each([...SIX_TABLE_DESIGNS.entries()].map(([rounds, design]) => [rounds, design.repeatedPairs] as const))(
    '%i rounds: 30 movers, 5 at every table every round, no revisit, %i repeated pairs',
    (rounds, repeatedPairs) => {
      const c = storedDesign(6, rounds, 30);
      expect(c?.schedules.every((s) => s.length === rounds && s.every((t) => t >= 0 && t < 6))).toBe(true);
      expect(c && scheduleFigures(c.schedules)).toEqual({ repeats: repeatedPairs, revisits: 0, maxPerTable: 5 });
      expect(c?.knownBest).toBe(repeatedPairs);
    },
  );

  it('fits other numbers of movers, but claims its figure only for the 30 it was searched for', () => {
    expect(storedDesign(6, 4, 24)?.schedules.length).toBe(24);
    expect(storedDesign(6, 4, 24)?.knownBest).toBeUndefined();
    expect(storedDesign(6, 4, 31)?.schedules.length).toBe(31);
    expect(storedDesign(7, 4, 30)).toBeNull();
  });
});

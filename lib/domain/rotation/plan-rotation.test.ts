import { describe, expect, it } from 'vitest';
import { mixingFigures } from './mixing-figures';
import { planRotation, sizeBands } from './plan-rotation';
import type { Constraint, MixingFigures, RotationInput, RotationTable } from './rotation-types';

/** `people` includes one host per table, as in the design's sizes. */
function session(people: number, tables: number, rounds: number, extra: Partial<RotationInput> = {}): RotationInput {
  return {
    people: Array.from({ length: people - tables }, (_, i) => ({ id: `p${i}` })),
    tables: Array.from({ length: tables }, (_, t) => ({ id: `t${t}`, host: `h${t}` })),
    rounds: Array.from({ length: rounds }, (_, r) => r),
    ...extra,
  };
}

const CLEAN: MixingFigures = {
  repeatedPairs: 0,
  maxMeetings: 1,
  revisits: 0,
  sizeSpread: 0,
  sizesOutOfBounds: 0,
  labelExcess: 0,
  unmetConstraints: 0,
};

describe('planRotation: figures at the bound', () => {
  it.each<[string, RotationInput, Partial<MixingFigures>, number]>([
    ['(30, 5, 3): 5 pairs, the bound', session(30, 5, 3), { repeatedPairs: 5, maxMeetings: 3 }, 5],
    ['(48, 8, 4): zero via GF(8)', session(48, 8, 4), {}, 0],
    ['(50, 7, 3): 1 pair, the bound', session(50, 7, 3), { repeatedPairs: 1, maxMeetings: 3, sizeSpread: 1 }, 1],
    ['(64, 8, 4): zero, 8 tables of 8', session(64, 8, 4), {}, 0],
    ['(56, 7, 4): 7 pairs, the bound', session(56, 7, 4), { repeatedPairs: 7, maxMeetings: 4 }, 7],
    ['(200, 30, 4): zero via Z_30', session(200, 30, 4), { sizeSpread: 1 }, 0],
    ['(23, 5, 3): people not divisible by tables', session(23, 5, 3), { sizeSpread: 1 }, 0],
    ['(17, 4, 3)', session(17, 4, 3), { repeatedPairs: 1, maxMeetings: 3, sizeSpread: 1 }, 1],
    ['(20, 4, 4): 4 rounds at 4 tables', session(20, 4, 4), { repeatedPairs: 4, maxMeetings: 4 }, 4],
    ['(40, 5, 5): as many rounds as tables', session(40, 5, 5), { repeatedPairs: 15, maxMeetings: 5 }, 15],
    ['(9, 3, 2)', session(9, 3, 2), {}, 0],
    ['one round', session(12, 3, 1), {}, 0],
    // Forced: everyone meets everyone every round, and every mover comes back twice.
    ['one table', session(6, 1, 3), { repeatedPairs: 15, maxMeetings: 3, revisits: 10 }, 15],
    // More rounds than tables: revisits are forced (9 = the minimum); repeats sit above the simple bound.
    ['(12, 3, 4): more rounds than tables', session(12, 3, 4), { repeatedPairs: 12, maxMeetings: 3, revisits: 9 }, 9],
  ])('%s', (_, input, figures, bound) => {
    const plan = planRotation(input);
    expect(plan.figures).toEqual({ ...CLEAN, ...figures });
    expect(plan.bound.repeatedPairs).toBe(bound);
    expect(plan.unmet).toEqual([]);
  });

  it('(36, 6, 4), where no construction is known: at most 6 repeated pairs, no revisit', () => {
    const plan = planRotation(session(36, 6, 4));
    expect(plan.figures.revisits).toBe(0);
    expect(plan.figures.sizeSpread).toBe(0);
    expect(plan.figures.repeatedPairs).toBeLessThanOrEqual(6);
  });

  it('"no pair meets more than twice" trades 5 triple meetings for 15 double ones at (30, 5, 3)', () => {
    const plan = planRotation(session(30, 5, 3, { maxMeetings: 2 }));
    expect(plan.figures).toEqual({ ...CLEAN, repeatedPairs: 15, maxMeetings: 2 });
  });
});

describe('planRotation: the plan itself', () => {
  it('seats every mover in every planned round, never a host', () => {
    const input = session(23, 5, 3);
    const plan = planRotation(input);
    expect(Object.keys(plan.seats)).toEqual(['0', '1', '2']);
    for (const round of Object.values(plan.seats)) {
      expect(Object.keys(round).sort()).toEqual(input.people.map((p) => p.id).sort());
    }
  });

  it('its figures are the figures of its seats', () => {
    const input = session(36, 6, 4);
    const plan = planRotation(input);
    expect(mixingFigures(input, plan.seats)).toEqual(plan.figures);
  });

  it('is the same for the same seed', () => {
    const input = session(36, 6, 4, { seed: 42 });
    expect(planRotation(input).seats).toEqual(planRotation(input).seats);
  });
});

describe('planRotation: labels', () => {
  const labelled = (people: number, tables: number, rounds: number, label: (i: number) => string): RotationInput => {
    const input = session(people, tables, rounds);
    return { ...input, people: input.people.map((p, i) => ({ ...p, label: label(i) })) };
  };
  it.each<[string, RotationInput, Partial<MixingFigures>]>([
    ['a majority label (12 of 16; 4 pairs is the bound)', labelled(20, 4, 3, (i) => (i < 12 ? 'sales' : 'tech')), { repeatedPairs: 4, maxMeetings: 3 }],
    ['five departments of uneven size', labelled(48, 8, 4, (i) => `d${i % 7 < 3 ? 0 : i % 5}`), {}],
    ['one label per table in round 0 by naive order', labelled(30, 5, 3, (i) => `d${Math.floor(i / 5)}`), { repeatedPairs: 5, maxMeetings: 3 }],
  ])('%s: no table over the fair share', (_, input, figures) => {
    expect(planRotation(input).figures).toEqual({ ...CLEAN, ...figures });
  });
});

describe('planRotation: tables', () => {
  it('counts the host in the size and fills a no-show host’s table with one more mover', () => {
    const input = session(20, 4, 3);
    const tables: RotationTable[] = input.tables.map((t, i) => (i === 0 ? { ...t, host: null } : t));
    const plan = planRotation({ ...input, tables });
    expect(plan.figures.sizeSpread).toBe(1);
    for (const round of Object.values(plan.seats)) {
      const sizes = tables.map((t) => Object.values(round).filter((id) => id === t.id).length + (t.host ? 1 : 0));
      expect(sizes.sort()).toEqual([4, 5, 5, 5]);
    }
  });

  it.each<[number, Pick<RotationTable, 'min' | 'max'>[], number[], number[]]>([
    // The sum is fixed, so [5, 6] for 30 over 5 still means 6 each.
    [30, [{}, {}, {}, {}, {}], [5, 5, 5, 5, 5], [6, 6, 6, 6, 6]],
    [32, [{}, {}, {}, {}, {}], [6, 6, 6, 6, 6], [7, 7, 7, 7, 7]],
    [32, [{ max: 4 }, {}, {}, {}, {}], [4, 6, 6, 6, 6], [4, 7, 7, 7, 7]],
    [10, [{ min: 4 }, {}, {}], [4, 2, 2], [4, 3, 3]],
    // Maxima that cannot hold everyone are ignored (and reported by the figures).
    [40, [{ max: 4 }, { max: 4 }], [19, 19], [20, 20]],
  ])('size bands for %i people over %j', (total, tables, low, high) => {
    expect(sizeBands(total, tables)).toEqual({ low, high });
  });

  it('respects a table maximum', () => {
    const input = session(30, 5, 3);
    const tables = input.tables.map((t, i) => (i === 0 ? { ...t, max: 4 } : t));
    const plan = planRotation({ ...input, tables });
    expect(plan.figures.sizesOutOfBounds).toBe(0);
    expect(plan.figures.revisits).toBe(0);
  });
});

describe('planRotation: constraints', () => {
  it.each<[string, Constraint[], number]>([
    ['apart', [{ kind: 'apart', a: 'p0', b: 'p5' }], 0],
    ['together in round 1', [{ kind: 'together', a: 'p0', b: 'p1', rounds: [1] }], 0],
    ['stays at t3', [{ kind: 'stay', person: 'p2', table: 't3' }], 0],
    [
      'together and apart in the same round: impossible',
      [
        { kind: 'together', a: 'p0', b: 'p1', rounds: [0] },
        { kind: 'apart', a: 'p0', b: 'p1', rounds: [0] },
      ],
      1,
    ],
    ['a stranger', [{ kind: 'apart', a: 'p0', b: 'nobody' }], 0],
  ])('%s: %i unmet', (_, constraints, unmet) => {
    const plan = planRotation({ ...session(30, 5, 3), constraints });
    expect(plan.unmet.length).toBe(unmet);
    expect(plan.figures.unmetConstraints).toBe(unmet);
    expect(plan.figures.revisits).toBe(0);
    expect(plan.figures.sizeSpread).toBe(0);
  });

  it('keeps someone who stays at their table in every round, without calling it a revisit', () => {
    const plan = planRotation({ ...session(30, 5, 3), constraints: [{ kind: 'stay', person: 'p2', table: 't3' }] });
    expect(Object.values(plan.seats).map((r) => r.p2)).toEqual(['t3', 't3', 't3']);
    expect(plan.figures.revisits).toBe(0);
  });

  it('seats two people together in round 1 and apart elsewhere if asked', () => {
    const plan = planRotation({
      ...session(48, 8, 4),
      constraints: [
        { kind: 'together', a: 'p0', b: 'p9', rounds: [1] },
        { kind: 'apart', a: 'p0', b: 'p9', rounds: [0, 2, 3] },
      ],
    });
    expect(plan.seats[1]?.p0).toBe(plan.seats[1]?.p9);
    expect([0, 2, 3].map((r) => plan.seats[r]?.p0 === plan.seats[r]?.p9)).toEqual([false, false, false]);
    expect(plan.unmet).toEqual([]);
  });
});

describe('planRotation: re-planning', () => {
  const first = planRotation(session(48, 8, 4));
  const round0 = first.seats[0] ?? {};
  const base = session(48, 8, 4);
  const leaving = new Set(['p3', 'p17', 'p30']);
  const people = [...base.people.filter((p) => !leaving.has(p.id)), { id: 'late1' }, { id: 'late2' }];

  it.each<[string, Partial<RotationInput>]>([
    ['from the previous plan', { previous: first.seats }],
    ['without it (the construction is aligned with round 0)', {}],
  ])('%s: arrivals and departures, round 0 untouched, still zero repeats', (_, extra) => {
    const plan = planRotation({ ...base, people, rounds: [1, 2, 3], seated: { 0: round0 }, ...extra });
    expect(Object.keys(plan.seats)).toEqual(['1', '2', '3']);
    for (const round of Object.values(plan.seats)) {
      expect(Object.keys(round).sort()).toEqual(people.map((p) => p.id).sort());
    }
    expect(plan.figures).toEqual({ ...CLEAN, sizeSpread: 1 });
  });

  it('keeps the previous plan for those who stay when nothing changed', () => {
    const plan = planRotation({ ...base, rounds: [1, 2, 3], seated: { 0: round0 }, previous: first.seats });
    expect(plan.seats).toEqual({ 1: first.seats[1], 2: first.seats[2], 3: first.seats[3] });
  });

  it('re-plans the current round without moving anyone already seated in it', () => {
    const current = { ...round0 };
    delete current.p3;
    const plan = planRotation({
      ...base,
      people: [...base.people, { id: 'late1' }],
      rounds: [0, 1, 2, 3],
      seated: { 0: current },
      previous: first.seats,
    });
    for (const [id, table] of Object.entries(current)) expect(plan.seats[0]?.[id]).toBe(table);
    expect(plan.seats[0]?.late1).toBeDefined();
    expect(plan.figures.revisits).toBe(0);
  });

  it('absorbs a no-show host by re-planning the later rounds only', () => {
    const tables = base.tables.map((t) => (t.id === 't2' ? { ...t, host: null } : t));
    const plan = planRotation({ ...base, tables, rounds: [1, 2, 3], seated: { 0: round0 }, previous: first.seats });
    expect(plan.figures.revisits).toBe(0);
    expect(plan.figures.sizeSpread).toBe(1);
  });
});

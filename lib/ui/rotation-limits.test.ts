import { describe, expect, it } from 'vitest';
import { rotationLimits, seatingFit } from './rotation-limits';

describe('rotationLimits', () => {
  it.each<[string, number, number, number, ReturnType<typeof rotationLimits>]>([
    ['30 people, 5 tables, 3 rounds', 30, 5, 3, { zeroRepeats: false, repeatedPairs: 5, tablesForZero: 6, revisitsForced: false, revisits: 0 }],
    ['25 people, 5 tables, 3 rounds', 25, 5, 3, { zeroRepeats: true, repeatedPairs: 0, tablesForZero: 5, revisitsForced: false, revisits: 0 }],
    ['more rounds than tables', 12, 3, 4, expect.objectContaining({ revisitsForced: true, revisits: 9, zeroRepeats: false })],
    ['one round', 40, 5, 1, expect.objectContaining({ zeroRepeats: true, revisitsForced: false })],
  ])('%s', (_name, people, tables, rounds, expected) => {
    expect(rotationLimits(people, tables, rounds)).toEqual(expected);
  });

  it.each([
    [0, 5, 3],
    [3, 5, 3],
    [Number.NaN, 5, 3],
    [2.5, 1, 1],
  ])('is silent without usable numbers (%s people, %s tables)', (people, tables, rounds) => {
    expect(rotationLimits(people, tables, rounds)).toBeNull();
  });
});

describe('seatingFit', () => {
  it.each<[string, number, number, number | null, number | null, ReturnType<typeof seatingFit>]>([
    ['60 people at 6 tables of at most 8', 60, 6, 4, 8, { kind: 'over-max', capacity: 48, addTables: 2 }],
    ['49 people at 6 tables of at most 8', 49, 6, null, 8, { kind: 'over-max', capacity: 48, addTables: 1 }],
    ['48 people at 6 tables of at most 8', 48, 6, 4, 8, { kind: 'fits' }],
    ['20 people at 6 tables of at least 4', 20, 6, 4, 8, { kind: 'under-min', tablesForMin: 5 }],
    ['24 people at 6 tables of at least 4', 24, 6, 4, null, { kind: 'fits' }],
    ['3 people, a minimum of 4', 3, 1, 4, null, { kind: 'under-min', tablesForMin: 0 }],
    ['no limits', 60, 6, null, null, null],
    ['no head count', 0, 6, 4, 8, null],
    ['not a number', Number.NaN, 6, 4, 8, null],
    ['a limit being typed (NaN)', 60, 6, Number.NaN, 8, { kind: 'over-max', capacity: 48, addTables: 2 }],
  ])('%s', (_name, people, tables, min, max, expected) => {
    expect(seatingFit(people, tables, min, max)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { rotationLimits } from './rotation-limits';

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

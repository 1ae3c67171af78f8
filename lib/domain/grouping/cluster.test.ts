import { describe, expect, it } from 'vitest';
import { averageLinkage } from './cluster';
import { pairIndex } from './tf-idf';

/** A condensed similarity triangle from a full symmetric matrix. */
function condensed(matrix: number[][]): Float64Array {
  const n = matrix.length;
  const sims = new Float64Array((n * (n - 1)) / 2);
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sims[pairIndex(n, i, j)] = matrix[i]![j]!;
  return sims;
}

describe('averageLinkage', () => {
  const TWO_PAIRS = [
    [1, 0.9, 0.1, 0],
    [0.9, 1, 0, 0.1],
    [0.1, 0, 1, 0.8],
    [0, 0.1, 0.8, 1],
  ];
  it.each<[string, number[][], number, number[]]>([
    ['two clear pairs', TWO_PAIRS, 0.5, [0, 0, 2, 2]],
    ['a threshold above every pair: all apart', TWO_PAIRS, 0.95, [0, 1, 2, 3]],
    ['a threshold below the mean between the pairs: one group', TWO_PAIRS, 0.04, [0, 0, 0, 0]],
    // the pairs' mean similarity is (0.1 + 0 + 0 + 0.1) / 4 = 0.05
    ['just above that mean: two groups', TWO_PAIRS, 0.06, [0, 0, 2, 2]],
    [
      'average, not single, linkage: one close member does not pull a group in',
      [
        [1, 0.9, 0.9, 0.6],
        [0.9, 1, 0.9, 0],
        [0.9, 0.9, 1, 0],
        [0.6, 0, 0, 1],
      ],
      0.3,
      [0, 0, 0, 3],
    ],
    ['one item', [[1]], 0.5, [0]],
    ['no item', [], 0.5, []],
  ])('%s', (_name, matrix, threshold, expected) => {
    expect(averageLinkage(matrix.length, condensed(matrix), threshold)).toEqual(expected);
  });

  it('does not change the similarities it is given', () => {
    const sims = condensed(TWO_PAIRS);
    const copy = Float64Array.from(sims);
    averageLinkage(4, sims, 0.5);
    expect(sims).toEqual(copy);
  });
});

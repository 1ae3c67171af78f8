import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, bCubed } from './cluster-scores';

describe('adjustedRandIndex', () => {
  it.each<[string, number[], number[], number]>([
    ['identical', [0, 0, 1, 1], [0, 0, 1, 1], 1],
    ['the same up to the names', [0, 0, 1, 1], [5, 5, 3, 3], 1],
    // scikit-learn's documented examples
    ['one group split', [0, 0, 1, 1], [0, 0, 1, 2], 0.5714285714285715],
    ['everything apart vs together', [0, 0, 0, 0], [0, 1, 2, 3], 0],
    ['both all apart', [0, 1, 2], [3, 4, 5], 1],
  ])('%s', (_name, truth, predicted, expected) => {
    expect(adjustedRandIndex(truth, predicted)).toBeCloseTo(expected, 12);
  });

  it('refuses labellings of different lengths', () => {
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});

describe('bCubed', () => {
  it.each<[string, string[], string[], { precision: number; recall: number; f1: number }]>([
    ['identical', ['a', 'a', 'b'], ['x', 'x', 'y'], { precision: 1, recall: 1, f1: 1 }],
    ['everything together', ['a', 'a', 'b'], ['x', 'x', 'x'], { precision: 5 / 9, recall: 1, f1: 10 / 14 }],
    ['everything apart', ['a', 'a', 'b'], ['x', 'y', 'z'], { precision: 1, recall: 2 / 3, f1: 0.8 }],
    ['nothing to score', [], [], { precision: 1, recall: 1, f1: 1 }],
  ])('%s', (_name, truth, predicted, expected) => {
    const score = bCubed(truth, predicted);
    expect(score.precision).toBeCloseTo(expected.precision, 12);
    expect(score.recall).toBeCloseTo(expected.recall, 12);
    expect(score.f1).toBeCloseTo(expected.f1, 12);
  });
});

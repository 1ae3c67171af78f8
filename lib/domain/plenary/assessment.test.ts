import { describe, expect, it } from 'vitest';
import { placedQuadrant, quadrantOf, summarise } from './assessment';

describe('summarise', () => {
  it.each([
    { values: [], expected: null },
    { values: [4], expected: { count: 1, median: 4, q1: 4, q3: 4, min: 4, max: 4 } },
    { values: [5, 1, 3], expected: { count: 3, median: 3, q1: 2, q3: 4, min: 1, max: 5 } },
    { values: [2, 4], expected: { count: 2, median: 3, q1: 2.5, q3: 3.5, min: 2, max: 4 } },
    { values: [1, 2, 2, 5], expected: { count: 4, median: 2, q1: 1.75, q3: 2.75, min: 1, max: 5 } },
    { values: [3, 3, 3, 3, 3], expected: { count: 5, median: 3, q1: 3, q3: 3, min: 3, max: 3 } },
  ])('$values', ({ values, expected }) => {
    expect(summarise(values)).toEqual(expected);
  });
});

describe('quadrantOf', () => {
  it.each([
    { gain: 5, effort: 1, expected: 'quick-win' },
    { gain: 5, effort: 5, expected: 'must-have' },
    { gain: 1, effort: 1, expected: 'nice-to-have' },
    { gain: 1, effort: 5, expected: 'not-now' },
    // The middle of the scale counts as high.
    { gain: 3, effort: 2.5, expected: 'quick-win' },
    { gain: 3, effort: 3, expected: 'must-have' },
    { gain: 2.5, effort: 3, expected: 'not-now' },
    { gain: 2.5, effort: 2.5, expected: 'nice-to-have' },
  ] as const)('gain $gain, effort $effort: $expected', ({ gain, effort, expected }) => {
    expect(quadrantOf(gain, effort)).toBe(expected);
  });
});

describe('placedQuadrant', () => {
  const high = summarise([4, 5])!;
  const low = summarise([1, 2])!;
  it.each([
    { name: 'medians decide', gain: high, effort: low, override: null, expected: { quadrant: 'quick-win', overridden: false } },
    { name: 'an override wins and is marked', gain: high, effort: low, override: 'not-now', expected: { quadrant: 'not-now', overridden: true } },
    { name: 'an override places an unrated item', gain: null, effort: null, override: 'must-have', expected: { quadrant: 'must-have', overridden: true } },
    { name: 'unrated and not placed', gain: null, effort: low, override: null, expected: null },
  ] as const)('$name', ({ gain, effort, override, expected }) => {
    expect(placedQuadrant(gain, effort, override)).toEqual(expected);
  });
});

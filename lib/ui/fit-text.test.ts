import { describe, expect, it } from 'vitest';
import { fitFontSize } from './fit-text';

/** A text whose height grows with the square of its size (more lines, each taller), in a box `room` high. */
const textIn = (room: number) => (size: number) => size * size <= room;

describe('fitFontSize', () => {
  it.each<[string, number, number, (size: number) => boolean, number, number]>([
    // name                                   min  max  fits              at least  at most
    ['fits at the largest size: the largest', 20, 60, textIn(10_000), 60, 60],
    ['fits nowhere: the smallest (legible)', 20, 60, textIn(100), 20, 20],
    ['somewhere between: the largest that fits, within half a pixel', 20, 60, textIn(1_600), 39.5, 40],
    ['just above the smallest', 20, 60, textIn(441), 20.5, 21],
    ['an empty range: its only size', 30, 30, textIn(100), 30, 30],
  ])('%s', (_name, min, max, fits, atLeast, atMost) => {
    const size = fitFontSize(min, max, fits);
    expect(size).toBeGreaterThanOrEqual(atLeast);
    expect(size).toBeLessThanOrEqual(atMost);
    if (size > min) expect(fits(size)).toBe(true);
  });
});

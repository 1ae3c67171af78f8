import { describe, expect, it } from 'vitest';
import { fitDensity, fitFontSize } from './fit-text';

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

/** Three layouts of the same list: each denser one takes `ratio` times the height of the one before. */
const HEIGHT_AT_20PX = { full: 900, short: 450, compact: 225 } as const;
type Density = keyof typeof HEIGHT_AT_20PX;
const listIn = (room: number) => (density: Density, size: number) => HEIGHT_AT_20PX[density] * (size / 20) ** 2 <= room;

describe('fitDensity', () => {
  it.each<[string, number, Density, number, number]>([
    // name                                                    room    density     size at least, at most
    ['room for everything: the richest, as large as allowed', 10_000, 'full', 40, 40],
    ['the richest fits only small: kept, its type shrinks', 1_000, 'full', 21, 21.1],
    ['the richest overflows even at the smallest: the next', 500, 'short', 21, 21.1],
    ['only the densest fits', 300, 'compact', 23, 23.1],
    ['nothing fits: the densest, at the smallest size', 100, 'compact', 20, 20],
  ])('%s', (_name, room, density, atLeast, atMost) => {
    const fitted = fitDensity<Density>(['full', 'short', 'compact'], 20, 40, listIn(room));
    expect(fitted.density).toBe(density);
    expect(fitted.size).toBeGreaterThanOrEqual(atLeast);
    expect(fitted.size).toBeLessThanOrEqual(atMost);
  });

  it('needs a density', () => {
    expect(() => fitDensity([], 20, 40, () => true)).toThrow('at least one density');
  });
});

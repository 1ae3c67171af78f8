/** Fitting type to its space: the largest font size that fits, found by halving (layout is measured by the caller). */

/** Steps of the search: from a 3vmin span, 10 halvings reach a small fraction of a pixel. */
const STEPS = 10;

/**
 * The largest size in [min, max] for which `fits(size)` holds, assuming that a smaller size fits
 * whenever a larger one does; `min` when none does (the text stays legible, the space may overflow).
 */
export function fitFontSize(min: number, max: number, fits: (size: number) => boolean): number {
  if (max <= min || fits(max)) return Math.max(min, max);
  let low = min;
  let high = max;
  for (let i = 0; i < STEPS; i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}

/**
 * The type and the layout together: the richest of `densities` (in order, richest first) whose
 * content fits at the smallest size, and the largest size it fits at; the last density at `min`
 * when none does. A projector's legend of 30 items drops its figures before its type gets too small.
 */
export function fitDensity<D>(densities: readonly D[], min: number, max: number, fits: (density: D, size: number) => boolean): { density: D; size: number } {
  if (densities.length === 0) throw new Error('fitDensity needs at least one density');
  const density = densities.find((d) => fits(d, min));
  if (density === undefined) return { density: densities.at(-1)!, size: min };
  return { density, size: fitFontSize(min, max, (size) => fits(density, size)) };
}

/**
 * Effort × gain: the summary of a set of 1–5 ratings and the quadrant it lands in. Pure.
 */
import { RATING_MAX, RATING_MIN, type Quadrant } from './plenary-types';

/** The middle of the scale: a median at or above it counts as high. */
export const SCALE_MIDDLE = (RATING_MIN + RATING_MAX) / 2;

/** Median, quartiles and range of some ratings; null when there are none. An even count takes the mean of the two middle values. */
export type RatingSummary = { count: number; median: number; q1: number; q3: number; min: number; max: number };

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export function summarise(values: readonly number[]): RatingSummary | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
  };
}

/** Where medians of gain and effort place an item: high gain and low effort is a quick win. */
export function quadrantOf(gain: number, effort: number): Quadrant {
  const highGain = gain >= SCALE_MIDDLE;
  const highEffort = effort >= SCALE_MIDDLE;
  if (highGain) return highEffort ? 'must-have' : 'quick-win';
  return highEffort ? 'not-now' : 'nice-to-have';
}

/** The item's quadrant: the organiser's override when there is one, else its medians'; null when it has no ratings. */
export function placedQuadrant(
  gain: RatingSummary | null,
  effort: RatingSummary | null,
  override: Quadrant | null,
): { quadrant: Quadrant; overridden: boolean } | null {
  if (override) return { quadrant: override, overridden: true };
  if (!gain || !effort) return null;
  return { quadrant: quadrantOf(gain.median, effort.median), overridden: false };
}

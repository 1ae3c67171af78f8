/**
 * Effort × gain: the summary of a set of 1–5 ratings and the quadrant it lands in. Pure.
 */
import type { Stage } from '@/lib/domain/session-machine';
import { QUADRANTS, RATING_MAX, RATING_MIN, type PlenaryRecords, type Quadrant, type Raters } from './plenary-types';

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

/**
 * How far the raters disagree, to show beside the median: the width of the middle half (q1–q3) and
 * the range. Divided: the middle half spans 2 points or more of the 5-point scale.
 */
export type Spread = { iqr: number; range: number; divided: boolean };

/** Spreads of 2 or more points in the middle half are worth a discussion. */
export const DIVIDED_IQR = 2;

export function spreadOf(summary: RatingSummary): Spread {
  const iqr = summary.q3 - summary.q1;
  return { iqr, range: summary.max - summary.min, divided: iqr >= DIVIDED_IQR };
}

export type Rating = PlenaryRecords['ratings'][number];

/** The ratings that count: the participants' when everyone rates, the organiser's (raterId null) when the organiser does. */
export function countedRatings(ratings: readonly Rating[], ratedBy: Raters): Rating[] {
  return ratings.filter((r) => (ratedBy === 'organiser' ? r.raterId === null : r.raterId !== null));
}

export type AssessedItem = {
  itemId: string;
  gain: RatingSummary | null;
  effort: RatingSummary | null;
  gainSpread: Spread | null;
  effortSpread: Spread | null;
  placed: { quadrant: Quadrant; overridden: boolean } | null;
};

/** Each shortlisted item's summaries, spreads and quadrant, in the shortlist's order. */
export function assessShortlist(records: Pick<PlenaryRecords, 'shortlist' | 'ratings' | 'overrides'>, ratedBy: Raters): AssessedItem[] {
  const counted = countedRatings(records.ratings, ratedBy);
  return [...records.shortlist]
    .sort((a, b) => a.position - b.position)
    .map(({ itemId }) => {
      const own = counted.filter((r) => r.itemId === itemId);
      const gain = summarise(own.map((r) => r.gain));
      const effort = summarise(own.map((r) => r.effort));
      const override = records.overrides.find((o) => o.itemId === itemId)?.quadrant ?? null;
      return {
        itemId,
        gain,
        effort,
        gainSpread: gain && spreadOf(gain),
        effortSpread: effort && spreadOf(effort),
        placed: placedQuadrant(gain, effort, override),
      };
    });
}

/**
 * Whether the room may see the ratings (medians, spread, the medians' quadrants): the organiser's own
 * as they go; the participants' only once the assessment is over — the stage has moved past its step
 * (to the action plan, or the café is closed). Before, nobody sees anyone else's ratings, the
 * organiser included; going back to the step hides them again while people may change them.
 */
export function ratingsRevealed(stage: Stage, ratedBy: Raters): boolean {
  if (ratedBy === 'organiser') return true;
  return stage.kind === 'closed' || (stage.kind === 'plenary' && stage.step === 'actions');
}

export const RATING_ERROR_CODES = ['bad-rating', 'not-shortlisted', 'not-a-rater', 'wrong-step', 'bad-quadrant'] as const;
export type RatingErrorCode = (typeof RATING_ERROR_CODES)[number];

const onScale = (value: number) => Number.isInteger(value) && value >= RATING_MIN && value <= RATING_MAX;

/**
 * Whether a rating (or its removal: `rating` null) may be stored. Only the programme's raters rate:
 * participants during the assessment step, the organiser at any step of the plenary; only
 * shortlisted items; whole points from 1 to 5.
 */
export function checkRating(
  rating: { gain: number; effort: number } | null,
  ctx: { rater: 'participant' | 'organiser'; ratedBy: Raters; itemId: string; shortlist: readonly string[]; stage: Stage },
): RatingErrorCode | null {
  if ((ctx.rater === 'organiser') !== (ctx.ratedBy === 'organiser')) return 'not-a-rater';
  const inStep = ctx.rater === 'organiser' ? ctx.stage.kind === 'plenary' : ctx.stage.kind === 'plenary' && ctx.stage.step === 'assessment';
  if (!inStep) return 'wrong-step';
  if (!ctx.shortlist.includes(ctx.itemId)) return 'not-shortlisted';
  if (rating && !(onScale(rating.gain) && onScale(rating.effort))) return 'bad-rating';
  return null;
}

/** Whether the organiser may move an item to a quadrant (null: back to its medians'). */
export function checkOverride(quadrant: string | null, itemId: string, shortlist: readonly string[]): RatingErrorCode | null {
  if (quadrant !== null && !(QUADRANTS as readonly string[]).includes(quadrant)) return 'bad-quadrant';
  return shortlist.includes(itemId) ? null : 'not-shortlisted';
}

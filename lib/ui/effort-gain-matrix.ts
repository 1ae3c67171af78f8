/**
 * The effort × gain matrix as the screens draw it: numbered points placed by the same layout as the
 * exported picture (`lib/export/matrix-layout.ts`, so the screen and the document agree), the
 * quadrants named by the domain's rule, and the legend's figures. Pure.
 */
import { quadrantOf } from '@/lib/domain/plenary/assessment';
import { QUADRANTS, RATING_MAX, RATING_MIN, type Quadrant } from '@/lib/domain/plenary/plenary-types';
import { MATRIX_SIZE, PLOT, POINT_RADIUS, layoutMatrix, shownArea, xOf, yOf } from '@/lib/export/matrix-layout';
import type { MatrixItem, MatrixView, PlenaryItem } from '@/lib/realtime/contract';

export { MATRIX_SIZE, PLOT, POINT_RADIUS };

/** A corner of the drawing: which quadrant it is, by the domain's rule applied to the corner's figures. */
export type Corner = 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

export function quadrantAt(corner: Corner): Quadrant {
  const gain = corner.startsWith('top') ? RATING_MAX : RATING_MIN;
  const effort = corner.endsWith('left') ? RATING_MIN : RATING_MAX;
  return quadrantOf(gain, effort);
}

/** Each quadrant's rectangle in the drawing's coordinates (out to the frame). */
export function quadrantRect(quadrant: Quadrant): { x: number; y: number; width: number; height: number } {
  const area = shownArea(quadrant);
  const [x0, x1, y0, y1] = [xOf(area.effort[0]), xOf(area.effort[1]), yOf(area.gain[1]), yOf(area.gain[0])];
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export const QUADRANT_RECTS = Object.fromEntries(QUADRANTS.map((q) => [q, quadrantRect(q)])) as Record<Quadrant, ReturnType<typeof quadrantRect>>;

/** A legend's line: the item's number on the drawing, its label and figures (null while hidden or unrated). */
export type LegendEntry = {
  number: number;
  itemId: string;
  label: string;
  gain: number | null;
  effort: number | null;
  /** The middle half of the ratings, q1–q3, and whether the raters are divided (either axis). */
  gainRange: [number, number] | null;
  effortRange: [number, number] | null;
  divided: boolean;
  quadrant: Quadrant | null;
  overridden: boolean;
};

/** A point drawn on the matrix. */
export type MatrixDot = { number: number; itemId: string; quadrant: Quadrant; overridden: boolean; x: number; y: number };

export type MatrixPicture = { legend: LegendEntry[]; dots: MatrixDot[] };

function legendOf(item: MatrixItem, number: number, label: string): LegendEntry {
  return {
    number,
    itemId: item.itemId,
    label,
    gain: item.gain?.median ?? null,
    effort: item.effort?.median ?? null,
    gainRange: item.gain ? [item.gain.q1, item.gain.q3] : null,
    effortRange: item.effort ? [item.effort.q1, item.effort.q3] : null,
    divided: Boolean(item.gainSpread?.divided || item.effortSpread?.divided),
    quadrant: item.placed?.quadrant ?? null,
    overridden: item.placed?.overridden ?? false,
  };
}

/**
 * The shortlisted items, numbered in the shortlist's order, and the dots of those placed (by their
 * medians, or by the organiser's override inside its quadrant). Items the view does not know get "?".
 */
export function matrixPicture(matrix: MatrixView, items: readonly PlenaryItem[]): MatrixPicture {
  const labels = new Map(items.map((item) => [item.id, item.label]));
  const legend = matrix.items.map((item, i) => legendOf(item, i + 1, labels.get(item.itemId) ?? '?'));
  const placedInput = matrix.items.flatMap((item, i) =>
    item.placed
      ? [{ number: i + 1, itemId: item.itemId, gain: item.gain, effort: item.effort, quadrant: item.placed.quadrant, overridden: item.placed.overridden }]
      : [],
  );
  const ids = new Map(placedInput.map((p) => [p.number, p.itemId]));
  const dots = layoutMatrix(placedInput.map((p) => ({ ...p, ref: '', label: '', shortlisted: true }))).map((p) => ({
    number: p.number,
    itemId: ids.get(p.number) ?? '',
    quadrant: p.quadrant,
    overridden: p.overridden,
    ...onItsSide(p),
  }));
  return { legend, dots };
}

/**
 * A point whose medians sit on the split (3 counts as high) or that was fanned out across it is drawn
 * wholly on its quadrant's side, so that nobody reads it as the neighbouring quadrant.
 */
function onItsSide(p: { x: number; y: number; quadrant: Quadrant }): { x: number; y: number } {
  const split = splitLines();
  const right = quadrantRect(p.quadrant).x >= split.x - 1;
  const top = quadrantRect(p.quadrant).y < split.y - 1;
  const x = right ? Math.max(p.x, split.x + POINT_RADIUS) : Math.min(p.x, split.x - POINT_RADIUS);
  const y = top ? Math.min(p.y, split.y - POINT_RADIUS) : Math.max(p.y, split.y + POINT_RADIUS);
  return { x, y };
}

/** A figure as people read it: whole, or with one decimal (the locale's separator). */
export function figure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/** The scale's ticks, 1 to 5, at their place on each axis. */
export function ticks(): { value: number; x: number; y: number }[] {
  const out = [];
  for (let v = RATING_MIN; v <= RATING_MAX; v++) out.push({ value: v, x: xOf(v), y: yOf(v) });
  return out;
}

/** The lines at the middle of the scale that split the quadrants. */
export function splitLines(): { x: number; y: number } {
  const middle = (RATING_MIN + RATING_MAX) / 2;
  return { x: xOf(middle), y: yOf(middle) };
}

/** "Rated 3 of 6": the shortlisted items this person has rated (both gain and effort), of the shortlist. */
export function myRatedCount(shortlist: readonly string[], mine: Readonly<Record<string, { gain: number; effort: number }>>): { rated: number; of: number } {
  return { rated: shortlist.filter((id) => mine[id] !== undefined).length, of: shortlist.length };
}

/**
 * Where the effort × gain matrix draws its points, shared by the PNG and the SVG: effort across, gain
 * upwards, both on the 1–5 scale, the quadrant lines at the middle of the scale. An item the organiser
 * placed by hand sits inside its quadrant; items at the same spot are fanned out around it.
 */
import { SCALE_MIDDLE } from '@/lib/domain/plenary/assessment';
import { RATING_MAX, RATING_MIN, type Quadrant } from '@/lib/domain/plenary/plenary-types';
import type { MatrixPoint } from './deliverable-types';

/** Picture size in pixels (drawn at twice the size it is shown at in the DOCX). */
export const MATRIX_SIZE = { width: 1200, height: 980 } as const;
/** The plot area inside the picture. */
export const PLOT = { left: 130, right: 1150, top: 60, bottom: 860 } as const;
export const POINT_RADIUS = 22;

/** Quadrant fills (light) and point colours (dark enough for white digits: contrast ≥ 4.5:1). */
export const QUADRANT_COLOURS: Record<Quadrant, { fill: string; point: string }> = {
  'quick-win': { fill: '#e3f4e6', point: '#1b6e2c' },
  'must-have': { fill: '#e2edf9', point: '#1f4f8f' },
  'nice-to-have': { fill: '#fbf1dc', point: '#8a5300' },
  'not-now': { fill: '#eeeeee', point: '#555555' },
};

/** Each quadrant's range on the scale: low/high effort × low/high gain. */
export const QUADRANT_AREAS: Record<Quadrant, { effort: [number, number]; gain: [number, number] }> = {
  'quick-win': { effort: [RATING_MIN, SCALE_MIDDLE], gain: [SCALE_MIDDLE, RATING_MAX] },
  'must-have': { effort: [SCALE_MIDDLE, RATING_MAX], gain: [SCALE_MIDDLE, RATING_MAX] },
  'nice-to-have': { effort: [RATING_MIN, SCALE_MIDDLE], gain: [RATING_MIN, SCALE_MIDDLE] },
  'not-now': { effort: [SCALE_MIDDLE, RATING_MAX], gain: [RATING_MIN, SCALE_MIDDLE] },
};

/** A quadrant's area as drawn (out to the frame). */
export function shownArea(quadrant: Quadrant): { effort: [number, number]; gain: [number, number] } {
  const stretch = ([low, high]: [number, number]): [number, number] => [
    low === RATING_MIN ? SCALE_SHOWN.low : low,
    high === RATING_MAX ? SCALE_SHOWN.high : high,
  ];
  return { effort: stretch(QUADRANT_AREAS[quadrant].effort), gain: stretch(QUADRANT_AREAS[quadrant].gain) };
}

export type PlacedPoint = {
  number: number;
  quadrant: Quadrant;
  overridden: boolean;
  /** Centre in pixels. */
  x: number;
  y: number;
  /** Middle half of the ratings, in pixels (absent for a point placed by hand away from its medians). */
  effortBar: [number, number] | null;
  gainBar: [number, number] | null;
};

/** The scale shown: a margin beyond 1 and 5, so that a point at either end is not cut by the frame. */
export const SCALE_SHOWN = { low: RATING_MIN - 0.35, high: RATING_MAX + 0.35 } as const;
const span = SCALE_SHOWN.high - SCALE_SHOWN.low;

export const xOf = (effort: number) => PLOT.left + ((effort - SCALE_SHOWN.low) / span) * (PLOT.right - PLOT.left);
export const yOf = (gain: number) => PLOT.bottom - ((gain - SCALE_SHOWN.low) / span) * (PLOT.bottom - PLOT.top);

const INSET = 0.3;
const clamp = (value: number, [low, high]: [number, number]) => Math.min(high - INSET, Math.max(low + INSET, value));
const middle = ([low, high]: [number, number]) => (low + high) / 2;

/** Where a point goes on the scale: its medians, kept inside the quadrant it was placed in by hand. */
function spot(point: MatrixPoint): { effort: number; gain: number; moved: boolean } {
  const area = QUADRANT_AREAS[point.quadrant];
  if (!point.gain || !point.effort) return { effort: middle(area.effort), gain: middle(area.gain), moved: true };
  if (!point.overridden) return { effort: point.effort.median, gain: point.gain.median, moved: false };
  const effort = clamp(point.effort.median, area.effort);
  const gain = clamp(point.gain.median, area.gain);
  return { effort, gain, moved: effort !== point.effort.median || gain !== point.gain.median };
}

export function layoutMatrix(points: readonly MatrixPoint[]): PlacedPoint[] {
  const placed = points.map((point) => {
    const at = spot(point);
    return {
      point,
      x: xOf(at.effort),
      y: yOf(at.gain),
      effortBar: at.moved || !point.effort ? null : ([xOf(point.effort.q1), xOf(point.effort.q3)] as [number, number]),
      gainBar: at.moved || !point.gain ? null : ([yOf(point.gain.q1), yOf(point.gain.q3)] as [number, number]),
    };
  });
  // Points at the same spot: a ring around it, so every number stays readable.
  const bySpot = new Map<string, typeof placed>();
  for (const p of placed) {
    const key = `${Math.round(p.x)},${Math.round(p.y)}`;
    bySpot.set(key, [...(bySpot.get(key) ?? []), p]);
  }
  for (const group of bySpot.values()) {
    if (group.length < 2) continue;
    const radius = Math.max(POINT_RADIUS * 1.3, (group.length * POINT_RADIUS * 2.3) / (2 * Math.PI));
    group.forEach((p, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / group.length;
      p.x = Math.min(PLOT.right - POINT_RADIUS, Math.max(PLOT.left + POINT_RADIUS, p.x + radius * Math.cos(angle)));
      p.y = Math.min(PLOT.bottom - POINT_RADIUS, Math.max(PLOT.top + POINT_RADIUS, p.y + radius * Math.sin(angle)));
    });
  }
  return placed.map(({ point, x, y, effortBar, gainBar }) => ({
    number: point.number,
    quadrant: point.quadrant,
    overridden: point.overridden,
    x,
    y,
    effortBar,
    gainBar,
  }));
}

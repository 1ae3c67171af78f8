import { describe, expect, it } from 'vitest';
import { summarise, spreadOf } from '@/lib/domain/plenary/assessment';
import type { MatrixItem, PlenaryItem } from '@/lib/realtime/contract';
import { PLOT, QUADRANT_RECTS, figure, matrixPicture, myRatedCount, quadrantAt, splitLines, type Corner } from './effort-gain-matrix';

const item = (id: string, label: string): PlenaryItem => ({ id, kind: 'workstream', label, table: null, round: null });
function rated(itemId: string, gains: number[], efforts: number[], override: MatrixItem['placed'] = null): MatrixItem {
  const gain = summarise(gains)!;
  const effort = summarise(efforts)!;
  const high = (v: number) => v >= 3;
  const quadrant = high(gain.median) ? (high(effort.median) ? 'must-have' : 'quick-win') : high(effort.median) ? 'not-now' : 'nice-to-have';
  return { itemId, gain, effort, gainSpread: spreadOf(gain), effortSpread: spreadOf(effort), placed: override ?? { quadrant, overridden: false } };
}
const hidden = (itemId: string, placed: MatrixItem['placed'] = null): MatrixItem => ({
  itemId,
  gain: null,
  effort: null,
  gainSpread: null,
  effortSpread: null,
  placed,
});

describe('quadrantAt (the domain rule names the corners)', () => {
  it.each<[Corner, string]>([
    ['top-left', 'quick-win'],
    ['top-right', 'must-have'],
    ['bottom-left', 'nice-to-have'],
    ['bottom-right', 'not-now'],
  ])('%s is %s', (corner, quadrant) => {
    expect(quadrantAt(corner)).toBe(quadrant);
  });

  it('draws each quadrant on its side of the split at 3', () => {
    const split = splitLines();
    expect(QUADRANT_RECTS['quick-win'].x + QUADRANT_RECTS['quick-win'].width).toBeCloseTo(split.x);
    expect(QUADRANT_RECTS['quick-win'].y).toBeCloseTo(PLOT.top);
    expect(QUADRANT_RECTS['not-now'].x).toBeCloseTo(split.x);
    expect(QUADRANT_RECTS['not-now'].y).toBeCloseTo(split.y);
  });
});

describe('matrixPicture', () => {
  const items = [item('a', 'Bike lanes'), item('b', 'Night buses'), item('c', 'School gardens')];
  const split = splitLines();
  const side = (dot: { x: number; y: number }) => `${dot.y < split.y ? 'top' : 'bottom'}-${dot.x < split.x ? 'left' : 'right'}`;

  it.each<[string, MatrixItem[], string[], string[]]>([
    ['high gain, low effort: top left', [rated('a', [5, 4, 5], [1, 2])], ['1 Bike lanes 5/1.5 quick-win'], ['1 top-left']],
    ['3 counts as high', [rated('a', [3], [3])], ['1 Bike lanes 3/3 must-have'], ['1 top-right']],
    [
      'numbered in the shortlist’s order; an unrated item is listed, not drawn',
      [rated('b', [1, 2], [5, 4]), hidden('c'), rated('a', [2], [1])],
      ['1 Night buses 1.5/4.5 not-now', '2 School gardens -/- -', '3 Bike lanes 2/1 nice-to-have'],
      ['1 bottom-right', '3 bottom-left'],
    ],
    [
      'an override is drawn inside its quadrant and marked',
      [rated('a', [5], [1], { quadrant: 'not-now', overridden: true })],
      ['1 Bike lanes 5/1 not-now (moved)'],
      ['1 bottom-right (moved)'],
    ],
    [
      'hidden figures with an override: drawn in its quadrant, no figures',
      [hidden('b', { quadrant: 'quick-win', overridden: true })],
      ['1 Night buses -/- quick-win (moved)'],
      ['1 top-left (moved)'],
    ],
    ['an item the view does not know', [rated('zz', [4], [4])], ['1 ? 4/4 must-have'], ['1 top-right']],
  ])('%s', (_name, matrixItems, legend, dots) => {
    const picture = matrixPicture({ revealed: true, items: matrixItems }, items);
    expect(
      picture.legend.map((l) => `${l.number} ${l.label} ${l.gain ?? '-'}/${l.effort ?? '-'} ${l.quadrant ?? '-'}${l.overridden ? ' (moved)' : ''}`),
    ).toEqual(legend);
    expect(picture.dots.map((d) => `${d.number} ${side(d)}${d.overridden ? ' (moved)' : ''}`)).toEqual(dots);
  });

  it('marks raters who disagree', () => {
    const [entry] = matrixPicture({ revealed: true, items: [rated('a', [1, 1, 5, 5], [3, 3, 3, 3])] }, items).legend;
    expect(entry?.divided).toBe(true);
    expect(entry?.gainRange).toEqual([1, 5]);
  });

  it('fans out items at the same spot so that every number shows', () => {
    const { dots } = matrixPicture({ revealed: true, items: [rated('a', [4], [2]), rated('b', [4], [2])] }, items);
    expect(dots[0]!.x !== dots[1]!.x || dots[0]!.y !== dots[1]!.y).toBe(true);
  });
});

describe('figure', () => {
  it.each<[number, string, string]>([
    [3, 'en', '3'],
    [3.5, 'en', '3.5'],
    [3.5, 'fr', '3,5'],
    [3.25, 'en', '3.3'],
  ])('%s in %s', (value, locale, expected) => {
    expect(figure(value, locale)).toBe(expected);
  });
});

describe('myRatedCount', () => {
  it.each<[string[], Record<string, { gain: number; effort: number }>, { rated: number; of: number }]>([
    [['a', 'b', 'c'], {}, { rated: 0, of: 3 }],
    [['a', 'b', 'c'], { a: { gain: 2, effort: 3 }, c: { gain: 5, effort: 1 } }, { rated: 2, of: 3 }],
    [['a'], { zz: { gain: 2, effort: 3 } }, { rated: 0, of: 1 }],
  ])('%j with %j', (shortlist, mine, expected) => {
    expect(myRatedCount(shortlist, mine)).toEqual(expected);
  });
});

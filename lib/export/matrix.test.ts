import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { summarise } from '@/lib/domain/plenary/assessment';
import type { Quadrant } from '@/lib/domain/plenary/plenary-types';
import type { MatrixPoint } from './deliverable-types';
import { glyphDots, textWidth } from './bitmap-font';
import { MATRIX_SIZE, PLOT, QUADRANT_COLOURS, layoutMatrix, xOf, yOf } from './matrix-layout';
import { renderMatrixPng } from './matrix-png';
import { renderMatrixSvg } from './matrix-svg';

function point(number: number, label: string, gains: number[], efforts: number[], quadrant: Quadrant, overridden = false): MatrixPoint {
  return {
    number,
    itemId: `i${number}`,
    ref: `R${number}`,
    label,
    gain: summarise(gains),
    effort: summarise(efforts),
    quadrant,
    overridden,
    shortlisted: true,
  };
}

const points = [
  point(1, 'Pay small claims at once', [5, 4], [1, 2], 'quick-win'),
  point(2, 'One <handler> & “owner”', [5, 5], [4, 5], 'must-have'),
  point(3, 'Same spot', [5, 4], [1, 2], 'quick-win'),
  point(4, 'Moved by hand', [1, 2], [1, 2], 'not-now', true),
  point(5, 'Unrated, placed by hand', [], [], 'nice-to-have', true),
];

describe('layoutMatrix', () => {
  it('puts a point at its medians, inside its quadrant when placed by hand, and fans out points at the same spot', () => {
    const placed = layoutMatrix(points);
    const [one, two, three, four, five] = placed;
    expect([two!.x, two!.y]).toEqual([xOf(4.5), yOf(5)]);
    expect(two!.effortBar).toEqual([xOf(4.25), xOf(4.75)]);
    // 1 and 3 share medians: both moved apart, neither on top of the other.
    expect(Math.hypot(one!.x - three!.x, one!.y - three!.y)).toBeGreaterThan(40);
    // 4 rated low gain, low effort but placed in "not now": drawn right of the middle line, without bars.
    expect(four!.x).toBeGreaterThan(xOf(3));
    expect(four!.y).toBeGreaterThan(yOf(3));
    expect(four!.effortBar).toBeNull();
    // 5 has no ratings: the middle of its quadrant.
    expect([five!.x, five!.y]).toEqual([xOf(2), yOf(2)]);
    for (const p of placed) {
      expect(p.x).toBeGreaterThanOrEqual(PLOT.left);
      expect(p.x).toBeLessThanOrEqual(PLOT.right);
    }
  });
});

describe('bitmap font', () => {
  it.each([
    { text: '1', dots: 10 },
    { text: 'É', dots: 20 },
    { text: 'e', dots: 18 },
  ])('$text has $dots dots (capitals, accents drawn above)', ({ text, dots }) => {
    expect(glyphDots(text)).toHaveLength(dots);
  });

  it('measures text by glyphs, accents included in their letter', () => {
    expect(textWidth('GAIN')).toBe(23);
    expect(textWidth('Équipe')).toBe(35);
  });
});

describe('renderMatrixPng', () => {
  const image = PNG.sync.read(renderMatrixPng({ matrix: points, language: 'fr' }));
  const pixel = (x: number, y: number) => {
    const i = (Math.round(y) * image.width + Math.round(x)) * 4;
    return `#${[image.data[i]!, image.data[i + 1]!, image.data[i + 2]!].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  };

  it('is a PNG of the expected size', () => {
    expect([image.width, image.height]).toEqual([MATRIX_SIZE.width, MATRIX_SIZE.height]);
  });

  it('paints each quadrant and each point in its colour; a point placed by hand is a ring', () => {
    expect(pixel(xOf(1.2), yOf(4.8))).toBe(QUADRANT_COLOURS['quick-win'].fill);
    expect(pixel(xOf(4.8), yOf(1.2))).toBe(QUADRANT_COLOURS['not-now'].fill);
    const [, two, , four] = layoutMatrix(points);
    // Left of the centre, between the digit and the edge of the disc.
    expect(pixel(two!.x - 16, two!.y)).toBe(QUADRANT_COLOURS['must-have'].point);
    expect(pixel(four!.x - 12, four!.y)).toBe('#ffffff');
    expect(pixel(four!.x - 20, four!.y)).toBe(QUADRANT_COLOURS['not-now'].point);
  });
});

describe('renderMatrixSvg', () => {
  it('has a title, a description and one labelled list item per point, its texts escaped', () => {
    const svg = renderMatrixSvg({ matrix: points, language: 'en' }, { idPrefix: 'm1' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="m1-title m1-desc"/);
    expect(svg).toContain('<title id="m1-title">Effort × gain matrix</title>');
    expect(svg).toContain('<desc id="m1-desc">5 items are placed by median gain (upwards) and effort (across), from 1 to 5.</desc>');
    expect(svg.match(/role="listitem"/g)).toHaveLength(5);
    expect(svg).toContain('<title>2. One &lt;handler&gt; &amp; “owner”: gain 5, effort 4.5, Must-have</title>');
    expect(svg).toContain('4. Moved by hand: gain 1.5, effort 1.5, Not now (placed by the organiser)');
    expect(svg).not.toContain('<handler>');
    for (const label of ['Quick win', 'Must-have', 'Nice-to-have', 'Not now', '>Gain<', '>Effort<']) expect(svg).toContain(label);
  });

  it('says so when nothing was rated', () => {
    const svg = renderMatrixSvg({ matrix: [], language: 'fr' });
    expect(svg).toContain('Aucun élément évalué.');
    expect(svg).not.toContain('role="listitem"');
  });
});

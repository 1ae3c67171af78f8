/**
 * The effort × gain matrix as SVG text (for the print page and the projector): the same picture as
 * the PNG, with a title, a description and a list of the items read out by screen readers, and real
 * text for every label. Pure; every text is escaped.
 */
import { QUADRANTS, RATING_MAX, RATING_MIN } from '@/lib/domain/plenary/plenary-types';
import type { Deliverable } from './deliverable-types';
import { decimal, exportLabels } from './labels';
import { MATRIX_SIZE, PLOT, POINT_RADIUS, QUADRANT_COLOURS, layoutMatrix, shownArea, xOf, yOf } from './matrix-layout';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const n = (value: number) => String(Math.round(value * 10) / 10);

export type MatrixSvgOptions = {
  /** Prefix of the ids inside the SVG, unique on the page that shows it. */
  idPrefix?: string;
};

export function renderMatrixSvg(model: Pick<Deliverable, 'matrix' | 'language'>, options: MatrixSvgOptions = {}): string {
  const t = exportLabels(model.language);
  const id = options.idPrefix ?? 'matrix';
  const out: string[] = [];
  const { width, height } = MATRIX_SIZE;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width / 2}" height="${height / 2}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title id="${id}-title">${escapeXml(t('matrix.title'))}</title>`,
    `<desc id="${id}-desc">${escapeXml(t('matrix.description', { count: model.matrix.length }))}</desc>`,
  );
  for (const quadrant of QUADRANTS) {
    const area = shownArea(quadrant);
    const [x0, x1, y0, y1] = [xOf(area.effort[0]), xOf(area.effort[1]), yOf(area.gain[1]), yOf(area.gain[0])];
    out.push(`<rect x="${n(x0)}" y="${n(y0)}" width="${n(x1 - x0)}" height="${n(y1 - y0)}" fill="${QUADRANT_COLOURS[quadrant].fill}"/>`);
  }
  const grid: string[] = [];
  const ticks: string[] = [];
  for (let v = RATING_MIN; v <= RATING_MAX; v++) {
    grid.push(`M${n(xOf(v))} ${PLOT.top}V${PLOT.bottom}M${PLOT.left} ${n(yOf(v))}H${PLOT.right}`);
    ticks.push(`<text x="${n(xOf(v))}" y="${PLOT.bottom + 42}" text-anchor="middle">${v}</text>`);
    ticks.push(`<text x="${PLOT.left - 20}" y="${n(yOf(v) + 10)}" text-anchor="end">${v}</text>`);
  }
  const middle = (RATING_MIN + RATING_MAX) / 2;
  out.push(
    `<g aria-hidden="true">`,
    `<path d="${grid.join('')}" stroke="#c8c8c8" stroke-width="2" fill="none"/>`,
    `<path d="M${n(xOf(middle))} ${PLOT.top}V${PLOT.bottom}M${PLOT.left} ${n(yOf(middle))}H${PLOT.right}" stroke="#333" stroke-width="4"/>`,
    `<rect x="${PLOT.left}" y="${PLOT.top}" width="${PLOT.right - PLOT.left}" height="${PLOT.bottom - PLOT.top}" fill="none" stroke="#333" stroke-width="3"/>`,
    `<g font-size="28" fill="#333">${ticks.join('')}</g>`,
    `</g>`,
    `<text x="${(PLOT.left + PLOT.right) / 2}" y="${PLOT.bottom + 96}" text-anchor="middle" font-size="36" fill="#333">${escapeXml(t('matrix.effort'))}</text>`,
    `<text transform="translate(50 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle" font-size="36" fill="#333">${escapeXml(t('matrix.gain'))}</text>`,
  );
  const corner = (quadrant: (typeof QUADRANTS)[number], x: number, y: number, anchor: 'start' | 'end') =>
    `<text x="${x}" y="${y}" text-anchor="${anchor}" font-size="30" font-weight="600" fill="${QUADRANT_COLOURS[quadrant].point}">${escapeXml(t(`quadrants.${quadrant}`))}</text>`;
  out.push(
    corner('quick-win', PLOT.left + 16, PLOT.top + 42, 'start'),
    corner('must-have', PLOT.right - 16, PLOT.top + 42, 'end'),
    corner('nice-to-have', PLOT.left + 16, PLOT.bottom - 18, 'start'),
    corner('not-now', PLOT.right - 16, PLOT.bottom - 18, 'end'),
  );

  const byNumber = new Map(model.matrix.map((p) => [p.number, p]));
  const placed = layoutMatrix(model.matrix);
  // Every bar under every disc, so that no bar crosses another item's number.
  const bars = placed
    .map((p) =>
      [p.effortBar ? `M${n(p.effortBar[0])} ${n(p.y)}H${n(p.effortBar[1])}` : '', p.gainBar ? `M${n(p.x)} ${n(p.gainBar[0])}V${n(p.gainBar[1])}` : ''].join(''),
    )
    .join('');
  if (bars) out.push(`<path d="${bars}" stroke="#9a9a9a" stroke-width="3" fill="none" aria-hidden="true"/>`);
  out.push(`<g role="list">`);
  for (const p of placed) {
    const point = byNumber.get(p.number)!;
    const colour = QUADRANT_COLOURS[p.quadrant].point;
    const label = t('matrix.point', {
      n: p.number,
      text: point.label,
      value: point.gain ? decimal(point.gain.median, model.language) : '–',
      other: point.effort ? decimal(point.effort.median, model.language) : '–',
      name: t(`quadrants.${p.quadrant}`) + (p.overridden ? ` (${t('doc.placedByHand')})` : ''),
    });
    out.push(
      `<g role="listitem" aria-label="${escapeXml(label)}">`,
      `<title>${escapeXml(label)}</title>`,
      `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${POINT_RADIUS}" fill="${p.overridden ? '#fff' : colour}" stroke="${p.overridden ? colour : '#fff'}" stroke-width="${p.overridden ? 5 : 3}"/>`,
      `<text x="${n(p.x)}" y="${n(p.y + 9)}" text-anchor="middle" font-size="${p.number > 99 ? 20 : 26}" font-weight="700" fill="${p.overridden ? colour : '#fff'}" aria-hidden="true">${p.number}</text>`,
      `</g>`,
    );
  }
  out.push(`</g>`);
  if (model.matrix.length === 0) {
    out.push(
      `<text x="${(PLOT.left + PLOT.right) / 2}" y="${(PLOT.top + PLOT.bottom) / 2 - 40}" text-anchor="middle" font-size="32" fill="#555">${escapeXml(t('matrix.empty'))}</text>`,
    );
  }
  out.push(`</svg>`);
  return out.filter((line) => line !== '').join('\n');
}

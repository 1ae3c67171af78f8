/**
 * The effort × gain matrix as a PNG picture (for the DOCX): quadrants, the 1–5 scales, each item as a
 * numbered disc (a ring when placed by hand) with bars over the middle half of its ratings. The
 * items' names go in a legend beside the picture, by number.
 */
import { QUADRANTS, RATING_MAX, RATING_MIN } from '@/lib/domain/plenary/plenary-types';
import type { Deliverable } from './deliverable-types';
import { exportLabels } from './labels';
import { MATRIX_SIZE, PLOT, POINT_RADIUS, QUADRANT_COLOURS, layoutMatrix, shownArea, xOf, yOf } from './matrix-layout';
import { encodePng } from './png-encode';
import { Raster } from './raster';

const GRID = '#c8c8c8';
const AXIS = '#333333';
const BAR = '#9a9a9a';
const LABEL_SCALE = 3;

export function renderMatrixPng(model: Pick<Deliverable, 'matrix' | 'language'>): Buffer {
  const t = exportLabels(model.language);
  const canvas = new Raster(MATRIX_SIZE.width, MATRIX_SIZE.height);
  for (const quadrant of QUADRANTS) {
    const area = shownArea(quadrant);
    canvas.fillRect(xOf(area.effort[0]), yOf(area.gain[1]), xOf(area.effort[1]), yOf(area.gain[0]), QUADRANT_COLOURS[quadrant].fill);
  }
  for (let v = RATING_MIN; v <= RATING_MAX; v++) {
    canvas.fillRect(xOf(v) - 1, PLOT.top, xOf(v) + 1, PLOT.bottom, GRID);
    canvas.fillRect(PLOT.left, yOf(v) - 1, PLOT.right, yOf(v) + 1, GRID);
    canvas.text(xOf(v), PLOT.bottom + 18, String(v), LABEL_SCALE, AXIS, { align: 'centre' });
    canvas.text(PLOT.left - 22, yOf(v) - Raster.textHeight(LABEL_SCALE) / 2, String(v), LABEL_SCALE, AXIS, { align: 'right' });
  }
  const middle = (RATING_MIN + RATING_MAX) / 2;
  canvas.fillRect(xOf(middle) - 2, PLOT.top, xOf(middle) + 2, PLOT.bottom, AXIS);
  canvas.fillRect(PLOT.left, yOf(middle) - 2, PLOT.right, yOf(middle) + 2, AXIS);
  // The frame.
  canvas.fillRect(PLOT.left - 2, PLOT.top - 2, PLOT.right + 2, PLOT.top + 1, AXIS);
  canvas.fillRect(PLOT.left - 2, PLOT.bottom - 1, PLOT.right + 2, PLOT.bottom + 2, AXIS);
  canvas.fillRect(PLOT.left - 2, PLOT.top - 2, PLOT.left + 1, PLOT.bottom + 2, AXIS);
  canvas.fillRect(PLOT.right - 1, PLOT.top - 2, PLOT.right + 2, PLOT.bottom + 2, AXIS);

  canvas.text((PLOT.left + PLOT.right) / 2, PLOT.bottom + 64, t('matrix.effort'), 4, AXIS, { align: 'centre' });
  canvas.text(24, (PLOT.top + PLOT.bottom) / 2, t('matrix.gain'), 4, AXIS, { align: 'centre', vertical: true });
  const pad = 16;
  const h = Raster.textHeight(LABEL_SCALE);
  canvas.text(PLOT.left + pad, PLOT.top + pad, t('quadrants.quick-win'), LABEL_SCALE, QUADRANT_COLOURS['quick-win'].point);
  canvas.text(PLOT.right - pad, PLOT.top + pad, t('quadrants.must-have'), LABEL_SCALE, QUADRANT_COLOURS['must-have'].point, { align: 'right' });
  canvas.text(PLOT.left + pad, PLOT.bottom - pad - h, t('quadrants.nice-to-have'), LABEL_SCALE, QUADRANT_COLOURS['nice-to-have'].point);
  canvas.text(PLOT.right - pad, PLOT.bottom - pad - h, t('quadrants.not-now'), LABEL_SCALE, QUADRANT_COLOURS['not-now'].point, { align: 'right' });

  const points = layoutMatrix(model.matrix);
  for (const p of points) {
    if (p.effortBar) {
      canvas.fillRect(p.effortBar[0], p.y - 1, p.effortBar[1], p.y + 1, BAR);
      for (const end of p.effortBar) canvas.fillRect(end - 1, p.y - 8, end + 1, p.y + 8, BAR);
    }
    if (p.gainBar) {
      canvas.fillRect(p.x - 1, p.gainBar[1], p.x + 1, p.gainBar[0], BAR);
      for (const end of p.gainBar) canvas.fillRect(p.x - 8, end - 1, p.x + 8, end + 1, BAR);
    }
  }
  for (const p of points) {
    const colour = QUADRANT_COLOURS[p.quadrant].point;
    const label = String(p.number);
    const scale = label.length <= 2 ? 3 : 2;
    canvas.disc(p.x, p.y, POINT_RADIUS + 2, '#ffffff');
    if (p.overridden) {
      canvas.disc(p.x, p.y, POINT_RADIUS, '#ffffff');
      canvas.disc(p.x, p.y, POINT_RADIUS, colour, POINT_RADIUS - 5);
    } else {
      canvas.disc(p.x, p.y, POINT_RADIUS, colour);
    }
    canvas.text(p.x + scale / 2, p.y - Raster.textHeight(scale) / 2, label, scale, p.overridden ? colour : '#ffffff', { align: 'centre' });
  }
  return encodePng(MATRIX_SIZE.width, MATRIX_SIZE.height, canvas.data);
}

/**
 * What the synthesis pages (the participants' page, the print-ready page) show: the document model
 * without the backlog and the notes (they belong to the spreadsheet and the DOCX's appendix, and can
 * be thousands of rows), with the effort × gain matrix drawn as SVG. Plain data, sent as JSON.
 */
import type { Deliverable } from './deliverable-types';
import { renderMatrixSvg } from './matrix-svg';

export type SynthesisPage = Omit<Deliverable, 'backlog' | 'notes'> & {
  /** The matrix as SVG text (escaped by its builder), or null when no item was rated. */
  matrixSvg: string | null;
};

export function synthesisPageOf(model: Deliverable): SynthesisPage {
  const { backlog: _backlog, notes: _notes, ...page } = model;
  return { ...page, matrixSvg: model.matrix.length > 0 ? renderMatrixSvg(model, { idPrefix: 'synthesis-matrix' }) : null };
}

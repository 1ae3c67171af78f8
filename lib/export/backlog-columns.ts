/**
 * The backlog's columns, shared by the XLSX and the CSV: a header (in the session's language) and a
 * typed value per row, which each format writes its own way.
 */
import type { BacklogRow } from './deliverable-types';
import type { ExportLabels } from './labels';

export type CellValue = { kind: 'text'; text: string } | { kind: 'number'; value: number } | { kind: 'date'; day: string } | null;

export type BacklogColumn = {
  key: string;
  header: string;
  /** A dropdown of these labels in the spreadsheet. */
  choices?: string[];
  /** Long text: wrapped, in a wide column. */
  long?: boolean;
  value(row: BacklogRow): CellValue;
};

const text = (value: string): CellValue => (value === '' ? null : { kind: 'text', text: value });
const number = (value: number | null | undefined): CellValue => (value === null || value === undefined ? null : { kind: 'number', value });
const lines = (values: readonly string[]) => text(values.filter((v) => v !== '').join('\n'));
/** Several texts as a list, one per line; a single text as it is. */
const bullets = (values: readonly string[]) => (values.length > 1 ? lines(values.map((v) => `• ${v}`)) : lines(values));

export function backlogColumns(t: ExportLabels): BacklogColumn[] {
  const quadrants = ['quick-win', 'must-have', 'nice-to-have', 'not-now'] as const;
  const horizons = ['short', 'medium', 'long'] as const;
  const statuses = ['proposed', 'agreed', 'in-progress', 'done', 'dropped'] as const;
  return [
    { key: 'ref', header: t('columns.ref'), value: (r) => text(r.ref) },
    { key: 'kind', header: t('columns.kind'), value: (r) => text(t(`kinds.${r.kind}`)) },
    { key: 'text', header: t('columns.idea'), long: true, value: (r) => bullets(r.texts) },
    { key: 'workstream', header: t('columns.workstream'), value: (r) => text(r.workstream ?? '') },
    { key: 'question', header: t('columns.question'), long: true, value: (r) => lines(r.questions.map((q) => `${q.number}. ${q.text}`)) },
    { key: 'tables', header: t('columns.tables'), value: (r) => text(r.tables.map((table) => table.name).join(', ')) },
    { key: 'plusOnes', header: t('columns.plusOnesCount'), value: (r) => number(r.plusOnes) },
    { key: 'votes', header: t('columns.votes'), value: (r) => number(r.vote?.dots) },
    { key: 'rank', header: t('columns.rank'), value: (r) => number(r.vote?.rank) },
    { key: 'gain', header: t('columns.gain'), value: (r) => number(r.assessment.gain?.median) },
    { key: 'effort', header: t('columns.effort'), value: (r) => number(r.assessment.effort?.median) },
    {
      key: 'category',
      header: t('columns.category'),
      choices: quadrants.map((q) => t(`quadrants.${q}`)),
      value: (r) => text(r.assessment.quadrant === null ? '' : t(`quadrants.${r.assessment.quadrant}`)),
    },
    { key: 'code', header: t('columns.code'), value: (r) => text(r.codes.join(', ')) },
    { key: 'owner', header: t('columns.owner'), value: (r) => lines(r.owners) },
    {
      key: 'deadline',
      header: t('columns.deadline'),
      value: (r) => (r.deadlines.length === 1 ? { kind: 'date', day: r.deadlines[0]! } : lines(r.deadlines)),
    },
    {
      key: 'horizon',
      header: t('columns.horizon'),
      choices: horizons.map((h) => t(`horizons.${h}`)),
      value: (r) => lines(r.horizons.map((h) => t(`horizons.${h}`))),
    },
    { key: 'objective', header: t('columns.objective'), long: true, value: (r) => lines(r.objectives) },
    {
      key: 'status',
      header: t('columns.status'),
      choices: statuses.map((s) => t(`statuses.${s}`)),
      value: (r) => lines(r.statuses.map((s) => t(`statuses.${s}`))),
    },
    { key: 'sourceCount', header: t('columns.sourceCount'), value: (r) => number(r.sourceNotes.count) },
    { key: 'sourceTexts', header: t('columns.sourceTexts'), long: true, value: (r) => bullets(r.sourceNotes.texts) },
  ];
}

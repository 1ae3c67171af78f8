/**
 * The backlog as CSV: UTF-8 with a byte-order mark (so Excel reads the accents), `;` between fields
 * in a French session (Excel's French list separator, with decimal commas) and `,` in an English one,
 * RFC 4180 quoting and CRLF line ends, every text guarded against formula injection.
 */
import type { Language } from '@/lib/i18n/locales';
import { backlogColumns, type CellValue } from './backlog-columns';
import { neutralise } from './cell-guard';
import type { Deliverable } from './deliverable-types';
import { decimal, exportLabels, shortDate } from './labels';

export const CSV_SEPARATOR: Record<Language, string> = { en: ',', fr: ';' };
const BOM = '\uFEFF';

/** One field: guarded, then quoted when it holds the separator, a quote or a line break. */
export function csvField(text: string, separator: string): string {
  const safe = neutralise(text);
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(value: CellValue, language: Language): string {
  if (value === null) return '';
  if (value.kind === 'number') return decimal(value.value, language);
  if (value.kind === 'date') return shortDate(value.day, language);
  return value.text;
}

/** The backlog (one row per item, the same columns as the spreadsheet). */
export function buildBacklogCsv(model: Deliverable): string {
  const columns = backlogColumns(exportLabels(model.language));
  const separator = CSV_SEPARATOR[model.language];
  const line = (fields: string[]) => fields.map((f) => csvField(f, separator)).join(separator);
  const rows = [line(columns.map((c) => c.header)), ...model.backlog.map((row) => line(columns.map((c) => cellText(c.value(row), model.language))))];
  return `${BOM}${rows.join('\r\n')}\r\n`;
}

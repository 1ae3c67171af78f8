/**
 * Writing one table to an exceljs sheet the way a backlog team expects it: a bold header row that
 * stays in view, a filter on every column, widths that fit the text, long text wrapped, dates as real
 * dates, and every text guarded against formula injection.
 */
import type { Worksheet } from 'exceljs';
import type { CellValue } from './backlog-columns';
import { neutralise } from './cell-guard';

export type SheetColumn = { header: string; long?: boolean; numFmt?: string };

const HEADER_FILL = 'FFDCE3EE';
const WIDTH = { min: 6, max: 40, long: 50 } as const;
/** Sheets narrower than this (in characters) print fitted to the page's width; wider ones would shrink to illegible. */
const FIT_TO_PAGE_MAX = 220;

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm` as a Date whose UTC fields are those wall-clock values (what Excel shows). */
export function wallClock(value: string): Date {
  const part = (from: number, to: number) => Number(value.slice(from, to)) || 0;
  return new Date(Date.UTC(part(0, 4), part(5, 7) - 1, part(8, 10), part(11, 13), part(14, 16)));
}

/** The most characters Excel holds in a cell (a longer text makes it report a damaged file). */
export const CELL_TEXT_MAX = 32_767;

/** A cell's value for exceljs: guarded text (cut to what a cell holds), a number, a date or nothing. */
export function cellValue(value: CellValue): string | number | Date | null {
  if (value === null) return null;
  if (value.kind === 'text') {
    const safe = neutralise(value.text);
    return safe.length > CELL_TEXT_MAX ? `${safe.slice(0, CELL_TEXT_MAX - 1)}…` : safe;
  }
  if (value.kind === 'number') return value.value;
  return wallClock(value.day);
}

function displayWidth(value: CellValue, dateFormat: string): number {
  if (value === null) return 0;
  if (value.kind === 'date') return dateFormat.length;
  if (value.kind === 'number') return String(value.value).length + 1;
  return Math.max(...value.text.split('\n').map((line) => line.length));
}

/** Lines a text takes in a column `width` characters wide (a little narrower, for proportional fonts). */
export function linesIn(text: string, width: number): number {
  const perLine = Math.max(1, width - 2);
  return text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/** Points per line of 11-point text, and the tallest row Excel allows. */
export const LINE_HEIGHT = 15;
export const ROW_HEIGHT_MAX = 409;

/** Fills `sheet` with a header row and rows of typed values, and sets its view, filter and widths. */
export function writeTable(sheet: Worksheet, columns: readonly SheetColumn[], rows: readonly CellValue[][], options: { dateFormat: string }): void {
  const header = sheet.addRow(columns.map((c) => neutralise(c.header)));
  header.font = { name: 'Calibri', size: 11, bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  });
  const widths = columns.map((c) => Math.min(c.long ? WIDTH.long : WIDTH.max, Math.max(WIDTH.min, c.header.length + 2)));
  for (const values of rows) {
    const row = sheet.addRow(values.map(cellValue));
    values.forEach((value, i) => {
      widths[i] = Math.min(columns[i]?.long ? WIDTH.long : WIDTH.max, Math.max(widths[i] ?? 0, displayWidth(value, options.dateFormat) + 2));
      if (value?.kind === 'date') row.getCell(i + 1).numFmt = options.dateFormat;
    });
  }
  columns.forEach((column, i) => {
    const sheetColumn = sheet.getColumn(i + 1);
    sheetColumn.width = widths[i];
    sheetColumn.alignment = { vertical: 'top', wrapText: true };
    if (column.numFmt) sheetColumn.numFmt = column.numFmt;
  });
  header.alignment = { vertical: 'middle', wrapText: true };
  // Spreadsheets do not grow a row to its wrapped text when they open a file: set each height.
  const linesOf = (value: CellValue | string, i: number) =>
    value === null
      ? 1
      : typeof value === 'string'
        ? linesIn(value, widths[i] ?? WIDTH.min)
        : value.kind === 'text'
          ? linesIn(value.text, widths[i] ?? WIDTH.min)
          : 1;
  const heightOf = (values: readonly (CellValue | string)[]) => Math.min(ROW_HEIGHT_MAX, LINE_HEIGHT * Math.max(1, ...values.map(linesOf)));
  header.height = heightOf(columns.map((c) => c.header));
  rows.forEach((values, r) => {
    const height = heightOf(values);
    if (height > LINE_HEIGHT) sheet.getRow(r + 2).height = height;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  // Printed: landscape, the header row on every page, fitted to the page's width when that stays legible.
  const fit = widths.reduce((sum, w) => sum + (w ?? 0), 0) <= FIT_TO_PAGE_MAX;
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, showGridLines: true, fitToPage: fit, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
}

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet';
}

/**
 * The solutions backlog as an Excel workbook, for the teams who qualify the projects: "Backlog" (one
 * row per item, dropdowns for category, horizon and status), "Workstreams" (totals), "Notes" (authors
 * only in a named session) and "Session" (what the café was). Sheet names and headers in the session's
 * language; every text guarded against formula injection.
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { backlogColumns, type CellValue } from './backlog-columns';
import { neutralise } from './cell-guard';
import type { Deliverable } from './deliverable-types';
import { colourName, exportLabels, type ExportLabels } from './labels';
import { LINE_HEIGHT, ROW_HEIGHT_MAX, linesIn, sheetName, wallClock, writeTable } from './xlsx-sheet';

/** Rows below the backlog that still offer the dropdowns, for items the team adds by hand. */
export const SPARE_VALIDATED_ROWS = 200;

const DATE_FORMAT = { en: 'yyyy-mm-dd', fr: 'dd/mm/yyyy' } as const;
const DATE_TIME_FORMAT = { en: 'yyyy-mm-dd hh:mm', fr: 'dd/mm/yyyy hh:mm' } as const;

const text = (value: string | null | undefined): CellValue => (value ? { kind: 'text', text: value } : null);
const num = (value: number | null | undefined): CellValue => (value === null || value === undefined ? null : { kind: 'number', value });

function backlogSheet(sheet: Worksheet, model: Deliverable, t: ExportLabels): void {
  const columns = backlogColumns(t);
  writeTable(
    sheet,
    columns.map((c) => ({ header: c.header, long: c.long })),
    model.backlog.map((row) => columns.map((c) => c.value(row))),
    { dateFormat: DATE_FORMAT[model.language] },
  );
  const last = model.backlog.length + 1 + SPARE_VALIDATED_ROWS;
  columns.forEach((column, i) => {
    if (!column.choices) return;
    const validation = {
      type: 'list' as const,
      allowBlank: true,
      formulae: [`"${column.choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: column.header,
      error: t('sheets.pickFromList'),
    };
    for (let row = 2; row <= last; row++) sheet.getCell(row, i + 1).dataValidation = validation;
  });
}

function workstreamsSheet(sheet: Worksheet, model: Deliverable, t: ExportLabels): void {
  const assessed = new Map(model.backlog.filter((r) => r.kind === 'workstream').map((r) => [r.itemId, r]));
  writeTable(
    sheet,
    [
      { header: t('columns.rank') },
      { header: t('columns.ref') },
      { header: t('columns.workstream') },
      { header: t('columns.ideas') },
      { header: t('columns.tables') },
      { header: t('columns.plusOnesCount') },
      { header: t('columns.votes') },
      { header: t('columns.voters') },
      { header: t('columns.gain') },
      { header: t('columns.effort') },
      { header: t('columns.category') },
      { header: t('columns.code') },
    ],
    model.workstreams.map((w) => {
      const row = assessed.get(w.id);
      const quadrant = row?.assessment.quadrant;
      return [
        num(w.vote?.rank),
        text(w.ref),
        text(w.name),
        num(w.ideas),
        text(w.tables.map((table) => table.name).join(', ')),
        num(w.plusOnes),
        num(w.vote?.dots),
        num(w.vote?.voters),
        num(row?.assessment.gain?.median),
        num(row?.assessment.effort?.median),
        text(quadrant ? t(`quadrants.${quadrant}`) : null),
        text(row?.codes.join(', ')),
      ];
    }),
    { dateFormat: DATE_FORMAT[model.language] },
  );
}

function notesSheet(sheet: Worksheet, model: Deliverable, t: ExportLabels): void {
  const named = !model.anonymous;
  writeTable(
    sheet,
    [
      { header: t('columns.question') },
      { header: t('columns.table') },
      ...(named ? [{ header: t('columns.author') }] : []),
      { header: t('columns.note'), long: true },
      { header: t('columns.plusOnesCount') },
      { header: t('columns.inIdeas') },
      { header: t('columns.writtenAt') },
    ],
    model.notes.map((note) => [
      num(note.question),
      text(note.table.name),
      ...(named ? [text(note.author)] : []),
      text(note.text),
      num(note.plusOnes),
      text(note.ideas.join(', ')),
      { kind: 'date', day: note.createdAt },
    ]),
    { dateFormat: DATE_TIME_FORMAT[model.language] },
  );
}

function sessionSheet(sheet: Worksheet, model: Deliverable, t: ExportLabels): void {
  const bold = (row: ExcelJS.Row) => {
    row.font = { name: 'Calibri', size: 11, bold: true };
  };
  const textWidth = 70;
  // Column B holds the long texts (purpose, questions): each row as tall as its wrapped text.
  const add = (values: (string | number | Date | null)[]) => {
    const row = sheet.addRow(values.map((v) => (typeof v === 'string' ? neutralise(v) : v)));
    const long = values[1];
    if (typeof long === 'string') row.height = Math.min(ROW_HEIGHT_MAX, LINE_HEIGHT * linesIn(long, textWidth));
    return row;
  };
  const dateRow = (label: string, value: string | null, format: string) => {
    if (value === null) return;
    add([label, wallClock(value)]).getCell(2).numFmt = format;
  };
  add([t('session.title'), model.title]);
  dateRow(t('session.date'), model.date, DATE_FORMAT[model.language]);
  dateRow(t('session.startedAt'), model.startedAt, DATE_TIME_FORMAT[model.language]);
  dateRow(t('session.closedAt'), model.closedAt, DATE_TIME_FORMAT[model.language]);
  add([t('session.purpose'), model.purpose]);
  add([t('session.language'), t('session.languageName')]);
  add([t('session.anonymous'), model.anonymous ? t('session.yes') : t('session.no')]);
  add([t('session.voteOn'), t(`kinds.${model.itemKind === 'workstreams' ? 'workstream' : 'idea'}`)]);
  sheet.addRow([]);

  bold(add([t('session.questions')]));
  bold(add([t('columns.number'), t('columns.question'), t('columns.duration'), t('columns.people'), t('columns.notes'), t('columns.ideas')]));
  for (const q of model.questions) {
    add([
      q.number,
      q.question,
      t('doc.minutes', { n: Math.round(q.durationMs / 60_000) }),
      model.participation.perRound[q.round]?.people ?? 0,
      q.noteCount,
      q.ideaCount,
    ]);
  }
  sheet.addRow([]);

  bold(add([t('session.tables')]));
  bold(add([t('columns.number'), t('columns.name'), t('columns.colour'), ...(model.anonymous ? [] : [t('columns.host')])]));
  for (const table of model.tables) add([table.number, table.name, colourName(table.colour, model.language), ...(model.anonymous ? [] : [table.host ?? ''])]);
  sheet.addRow([]);

  const p = model.participation;
  bold(add([t('session.figures')]));
  const figures: [string, number][] = [
    [t('session.people'), p.people],
    [t('session.tables'), p.tables],
    [t('session.notes'), p.notes],
    [t('session.ideas'), p.ideas],
    [t('session.plusOnes'), p.plusOnes],
    [t('session.voters'), p.voters],
    [t('session.raters'), p.raters],
    [t('session.workstreams'), model.workstreams.length],
    [t('session.actions'), model.actions.length],
  ];
  for (const figure of figures) add(figure);
  sheet.pageSetup = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.getColumn(1).width = 26;
  sheet.getColumn(1).alignment = { horizontal: 'left', vertical: 'top' };
  sheet.getColumn(2).width = textWidth;
  sheet.getColumn(2).alignment = { horizontal: 'left', wrapText: true, vertical: 'top' };
  for (const column of [3, 4, 5, 6]) {
    sheet.getColumn(column).width = 12;
    sheet.getColumn(column).alignment = { horizontal: 'left', vertical: 'top' };
  }
  sheet.getColumn(1).font = { name: 'Calibri', size: 11, bold: true };
}

/** The backlog workbook as XLSX bytes. */
export async function buildBacklogXlsx(model: Deliverable): Promise<Buffer> {
  const t = exportLabels(model.language);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tournée';
  workbook.title = model.title;
  backlogSheet(workbook.addWorksheet(sheetName(t('sheets.backlog'))), model, t);
  workstreamsSheet(workbook.addWorksheet(sheetName(t('sheets.workstreams'))), model, t);
  notesSheet(workbook.addWorksheet(sheetName(t('sheets.notes'))), model, t);
  sessionSheet(workbook.addWorksheet(sheetName(t('sheets.session'))), model, t);
  // JSZip's default deflate level costs more time than it saves bytes on a large café.
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
}

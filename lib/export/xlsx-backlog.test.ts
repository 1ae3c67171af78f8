import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CafeRecord } from './cafe-record';
import { buildDeliverable } from './deliverable';
import { claimsCafe } from './fixtures/claims-cafe';
import { CLAIMS_PEOPLE } from './fixtures/claims-cafe-content';
import { tinyCafe } from './fixtures/tiny-cafe';
import { zipParts } from './test-helpers/unzip';
import { SPARE_VALIDATED_ROWS, buildBacklogXlsx } from './xlsx-backlog';

/** Building a real file takes a second or two; more on a loaded machine. */
const FILE_TEST_TIMEOUT_MS = 30_000;

async function workbookOf(record: CafeRecord) {
  const model = buildDeliverable(record);
  const bytes = await buildBacklogXlsx(model);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return { model, bytes, workbook };
}

const texts = (sheet: ExcelJS.Worksheet) => {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value instanceof Date ? cell.value.toISOString() : cell.value))));
  return out;
};

describe('buildBacklogXlsx', { timeout: FILE_TEST_TIMEOUT_MS }, () => {
  it.each([
    { language: 'en' as const, sheets: ['Backlog', 'Workstreams', 'Notes', 'Session'], first: ['Ref.', 'Item', 'Idea'] },
    { language: 'fr' as const, sheets: ['Backlog', 'Chantiers', 'Notes', 'Session'], first: ['Réf.', 'Élément', 'Idée'] },
  ])('names sheets and headers in the session’s language ($language)', async ({ language, sheets, first }) => {
    const { workbook } = await workbookOf(claimsCafe({ language }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(sheets);
    expect((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(first);
  });

  it('has one Backlog row per item, a frozen header, a filter, dropdowns and real dates', async () => {
    const { model, workbook } = await workbookOf(claimsCafe({ voteOn: 'ideas' }));
    const sheet = workbook.getWorksheet('Backlog')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(sheet.actualRowCount).toBe(model.backlog.length + 1);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe(`A1:T${model.backlog.length + 1}`);
    const column = (name: string) => header.indexOf(name) + 1;
    const first = sheet.getRow(2);
    expect(first.getCell(column('Idea')).value).toBe(model.backlog[0]!.texts[0]);
    expect(first.getCell(column('Deadline')).value).toEqual(new Date('2025-06-30T00:00:00.000Z'));
    expect(first.getCell(column('Gain (median)')).value).toBe(model.backlog[0]!.assessment.gain!.median);
    for (const [name, choices] of [
      ['Category', '"Quick win,Must-have,Nice-to-have,Not now"'],
      ['Horizon', '"Short term,Medium term,Long term"'],
      ['Status', '"Proposed,Agreed,In progress,Done,Dropped"'],
    ] as const) {
      for (const row of [2, model.backlog.length + 1 + SPARE_VALIDATED_ROWS]) {
        expect(sheet.getCell(row, column(name)).dataValidation).toMatchObject({ type: 'list', formulae: [choices] });
      }
    }
  });

  it('totals the workstreams and describes the session', async () => {
    const { model, workbook } = await workbookOf(claimsCafe());
    const workstreams = texts(workbook.getWorksheet('Workstreams')!);
    for (const w of model.workstreams) expect(workstreams).toContain(w.name);
    const session = texts(workbook.getWorksheet('Session')!);
    expect(session).toEqual(expect.arrayContaining([model.title, ...model.questions.map((q) => q.question), ...model.tables.map((t) => t.name)]));
  });

  it.each([
    { language: 'en' as const, colours: ['Blue', 'Green'] },
    { language: 'fr' as const, colours: ['Bleu', 'Vert'] },
  ])('names each table’s colour as the pages do, in the session’s language ($language)', async ({ language, colours }) => {
    const { workbook } = await workbookOf(claimsCafe({ language }));
    expect(texts(workbook.getWorksheet('Session')!)).toEqual(expect.arrayContaining(colours));
  });

  it('neutralises every text a spreadsheet could run as a formula, and writes no formula', async () => {
    const record = tinyCafe({
      ideas: [
        { id: 'a', table: 1, text: '=HYPERLINK("http://evil","click")', notes: ['+33 6 00 00 00 00', '@SUM(1)'] },
        { id: 'b', table: 2, text: '-2 days of delay' },
      ],
      people: ['=cmd|calc', 'Bo'],
    });
    const { workbook } = await workbookOf(record);
    const all = workbook.worksheets.flatMap(texts);
    expect(all).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://evil","click")', "'-2 days of delay", "'=cmd|calc", "'+33 6 00 00 00 00", "'@SUM(1)"]));
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });

  it('lists note authors only in a named session', async () => {
    const named = await workbookOf(claimsCafe());
    expect(texts(named.workbook.getWorksheet('Notes')!)).toEqual(expect.arrayContaining(['Author', CLAIMS_PEOPLE[3]![0]]));
    const anonymous = await workbookOf(claimsCafe({ anonymous: true }));
    expect(texts(anonymous.workbook.getWorksheet('Notes')!)).not.toContain('Author');
  });

  it('holds no participant’s name anywhere in an anonymous session', async () => {
    const { bytes } = await workbookOf(claimsCafe({ anonymous: true }));
    const everything = [...(await zipParts(bytes)).values()].join('\n');
    expect(everything).toContain('Lighthouse');
    for (const [name] of CLAIMS_PEOPLE) expect(everything).not.toContain(name);
  });
});

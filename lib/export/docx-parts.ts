/**
 * Building blocks of the DOCX synthesis: headings in Word's own heading styles (so the navigation pane
 * and a table of contents work), paragraphs that keep line breaks, and tables whose header row repeats
 * on every page.
 */
import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';

/** A4 with 2 cm margins: the text width in twentieths of a point. */
export const PAGE = { width: 11_906, height: 16_838, margin: 1_134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOURS = { heading: '1F3864', muted: '595959', headerFill: 'DCE3EE', border: 'A6A6A6' } as const;
/** Table text, in half-points (9.5 pt): denser than the body, still easy to read. */
export const TABLE_TEXT_SIZE = 19;

type Level = 1 | 2 | 3;
const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading, kept on the page of what follows it. */
export function heading(text: string, level: Level, options: { pageBreakBefore?: boolean } = {}): Paragraph {
  return new Paragraph({ text, heading: LEVELS[level], keepNext: true, pageBreakBefore: options.pageBreakBefore });
}

/** Runs of a text whose line breaks are kept. */
export function runs(text: string, style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }));
}

/** A paragraph; `keepNext` keeps it on the page of what follows (an intro and its table). */
export function paragraph(
  text: string,
  style: Omit<IRunOptions, 'text' | 'break' | 'children'> = {},
  options: { keepNext?: boolean; spacingAfter?: number } = {},
): Paragraph {
  return new Paragraph({ children: runs(text, style), keepNext: options.keepNext, spacing: { after: options.spacingAfter ?? 120 } });
}

export type CellContent = string | number | Paragraph[];

export type Column = { header: string; /** Share of the text width. */ weight: number; align?: 'left' | 'right' | 'centre' };

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, centre: AlignmentType.CENTER } as const;
const border = { style: BorderStyle.SINGLE, size: 4, color: COLOURS.border };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** Paragraph styles of table text (declared in the document's styles): a style per paragraph is lighter than properties per run. */
export const TABLE_STYLES = [
  { id: 'TableText', name: 'Table text', basedOn: 'Normal', run: { size: TABLE_TEXT_SIZE }, paragraph: { spacing: { before: 20, after: 20 } } },
  { id: 'TableHeader', name: 'Table header', basedOn: 'TableText', run: { bold: true } },
  { id: 'TableNote', name: 'Table note', basedOn: 'TableText', run: { italics: true, color: COLOURS.muted, size: 18 } },
];

const headerShading = { type: ShadingType.CLEAR, color: 'auto', fill: COLOURS.headerFill };

/** A paragraph of table text (`TableText`, or another of TABLE_STYLES). */
export function cellParagraph(text: string, style = 'TableText', align?: Column['align']): Paragraph {
  return new Paragraph({ style, children: runs(text), alignment: align && align !== 'left' ? ALIGN[align] : undefined });
}

function cell(content: CellContent, align: Column['align'], header: boolean): TableCell {
  const children = typeof content === 'object' ? content : [cellParagraph(String(content), header ? 'TableHeader' : 'TableText', align)];
  return new TableCell({ children: children.length > 0 ? children : [new Paragraph({})], shading: header ? headerShading : undefined });
}

/** A table with a header row repeated on each page; rows do not split across pages. */
export function dataTable(columns: readonly Column[], rows: readonly CellContent[][]): Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.header, c.align, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(row[i] ?? '', c.align, false)) })),
    ],
  });
}

/**
 * The synthesis for participants as a Word document: the questions asked and the answers given, the
 * workstreams and their votes, the effort × gain matrix (a picture and its legend), the action plan,
 * and every note in an appendix. Headings use Word's heading styles; the document's language is the
 * session's.
 */
import { AlignmentType, Document, Footer, ImageRun, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import type { Deliverable, IdeaEntry } from './deliverable-types';
import { COLOURS, PAGE, TABLE_STYLES, cellParagraph, dataTable, heading, paragraph, runs, type Column } from './docx-parts';
import { LANGUAGE_TAG, decimal, exportLabels, longDate, mediumDate, range, rankLabel, votesLabel, type ExportLabels } from './labels';
import { MATRIX_SIZE } from './matrix-layout';
import { renderMatrixPng } from './matrix-png';

/**
 * The most notes printed in the appendix (about 50 pages). A larger café's notes stay in the
 * spreadsheet: hundreds of pages of raw notes help no reader, and cost seconds to build.
 */
export const DOCX_NOTES_MAX = 2_000;

/** The picture's width on the page, in pixels at 96 dpi (about 16 cm). */
const MATRIX_SHOWN_WIDTH = 600;

function ideaCell(idea: IdeaEntry, t: ExportLabels): Paragraph[] {
  return [cellParagraph(idea.text), ...idea.variants.map((v) => cellParagraph(t('doc.sameIdea', { table: v.table.name, text: v.text }), 'TableNote'))];
}

function intro(model: Deliverable, t: ExportLabels): FileChild[] {
  const p = model.participation;
  const out: FileChild[] = [new Paragraph({ text: model.title, heading: 'Title' }), paragraph(t('doc.kind'), { color: COLOURS.muted, size: 26 })];
  if (model.date) out.push(paragraph(t('doc.dateLine', { text: longDate(model.date, model.language) })));
  if (model.purpose) out.push(paragraph(model.purpose, { italics: true }));
  out.push(heading(t('doc.participation'), 1));
  out.push(paragraph(t('doc.participationSummary', { people: p.people, tables: p.tables, rounds: p.rounds, count: p.notes, total: p.ideas })));
  if (model.voted || p.raters > 0) out.push(paragraph(t('doc.plenarySummary', { people: p.voters, count: p.raters })));
  out.push(
    dataTable(
      [
        { header: t('columns.question'), weight: 6 },
        { header: t('columns.people'), weight: 1.3, align: 'right' },
        { header: t('columns.notes'), weight: 1.3, align: 'right' },
        { header: t('columns.ideas'), weight: 1.3, align: 'right' },
      ],
      model.questions.map((q, i) => [`${q.number}. ${q.question}`, p.perRound[i]?.people ?? 0, q.noteCount, q.ideaCount]),
    ),
  );
  return out;
}

function questions(model: Deliverable, t: ExportLabels): FileChild[] {
  const out: FileChild[] = [heading(t('doc.questions'), 1)];
  const votesOnIdeas = model.voted && model.itemKind === 'ideas';
  const columns: Column[] = [
    { header: t('columns.ref'), weight: 1.3 },
    { header: t('columns.idea'), weight: votesOnIdeas ? 5.4 : 6 },
    { header: t('columns.tables'), weight: 1.8 },
    { header: t('columns.plusOnes'), weight: 0.7, align: 'right' },
    ...(votesOnIdeas
      ? [
          { header: t('columns.votes'), weight: 1.2, align: 'right' as const },
          { header: t('columns.rank'), weight: 1.1, align: 'right' as const },
        ]
      : []),
  ];
  for (const q of model.questions) {
    out.push(heading(t('doc.questionTitle', { n: q.number, text: q.question }), 2));
    if (q.groups.length === 0) out.push(paragraph(t('doc.noIdeas'), { italics: true }));
    const grouped = q.groups.some((g) => g.workstream !== null);
    for (const group of q.groups) {
      if (grouped) {
        const name = group.workstream?.name ?? t('doc.looseIdeas');
        const vote = group.workstream?.vote;
        out.push(heading(vote ? `${name} — ${votesLabel(vote, t)}` : name, 3));
      }
      out.push(
        dataTable(
          columns,
          group.ideas.map((idea) => [
            idea.ref,
            ideaCell(idea, t),
            idea.tables.map((table) => table.name).join(', '),
            idea.plusOnes,
            ...(votesOnIdeas ? [idea.vote?.dots ?? 0, rankLabel(idea.vote, t)] : []),
          ]),
        ),
      );
      out.push(new Paragraph({ spacing: { after: 60 } }));
    }
  }
  return out;
}

function workstreams(model: Deliverable, t: ExportLabels): FileChild[] {
  if (model.workstreams.length === 0) return [];
  return [
    heading(t('doc.workstreams'), 1),
    paragraph(model.voted ? t('doc.workstreamsRanked') : t('doc.workstreamsUnranked'), { color: COLOURS.muted }, { keepNext: true }),
    dataTable(
      [
        ...(model.voted ? [{ header: t('columns.rank'), weight: 0.9, align: 'right' as const }] : []),
        { header: t('columns.workstream'), weight: 4 },
        { header: t('columns.ideas'), weight: 1, align: 'right' },
        { header: t('columns.tables'), weight: 3 },
        { header: t('columns.plusOnes'), weight: 0.8, align: 'right' },
        ...(model.voted ? [{ header: t('columns.votes'), weight: 1, align: 'right' as const }] : []),
      ],
      model.workstreams.map((w) => [
        ...(model.voted ? [rankLabel(w.vote, t)] : []),
        w.name,
        w.ideas,
        w.tables.map((table) => table.name).join(', '),
        w.plusOnes,
        ...(model.voted ? [w.vote?.dots ?? 0] : []),
      ]),
    ),
  ];
}

function matrix(model: Deliverable, t: ExportLabels): FileChild[] {
  if (model.matrix.length === 0) return [];
  const language = model.language;
  const png = renderMatrixPng(model);
  const shownHeight = Math.round((MATRIX_SHOWN_WIDTH * MATRIX_SIZE.height) / MATRIX_SIZE.width);
  const rating = (s: { median: number; q1: number; q3: number } | null) =>
    s === null ? '–' : `${decimal(s.median, language)} (${range(s.q1, s.q3, language)})`;
  return [
    heading(t('doc.matrix'), 1),
    paragraph(t('doc.matrixIntro'), { color: COLOURS.muted }, { keepNext: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: MATRIX_SHOWN_WIDTH, height: shownHeight },
          altText: { name: 'matrix', title: t('matrix.title'), description: t('matrix.description', { count: model.matrix.length }) },
        }),
      ],
    }),
    paragraph(t('doc.legendNote'), { color: COLOURS.muted, size: 18 }, { keepNext: true, spacingAfter: 60 }),
    dataTable(
      [
        { header: t('columns.number'), weight: 0.7, align: 'right' },
        { header: t('columns.item'), weight: 5 },
        { header: t('matrix.gain'), weight: 1.4, align: 'right' },
        { header: t('matrix.effort'), weight: 1.4, align: 'right' },
        { header: t('columns.category'), weight: 2 },
      ],
      model.matrix.map((p) => [
        p.number,
        `${p.ref} · ${p.label}`,
        rating(p.gain),
        rating(p.effort),
        `${t(`quadrants.${p.quadrant}`)}${p.overridden ? ` — ${t('doc.placedByHand')}` : ''}`,
      ]),
    ),
  ];
}

function actions(model: Deliverable, t: ExportLabels): FileChild[] {
  if (model.actions.length === 0) return [];
  return [
    heading(t('doc.actions'), 1),
    paragraph(t('doc.actionsIntro'), { color: COLOURS.muted }, { keepNext: true }),
    dataTable(
      [
        { header: t('columns.code'), weight: 1.35 },
        { header: t('columns.item'), weight: 3 },
        { header: t('columns.owner'), weight: 1.9 },
        { header: t('columns.deadline'), weight: 2.1 },
        { header: t('columns.objective'), weight: 2.8 },
        { header: t('columns.status'), weight: 1.5 },
      ],
      model.actions.map((a) => [
        a.code,
        `${a.ref} · ${a.item}`,
        a.owner,
        [a.deadline === null ? '' : mediumDate(a.deadline, model.language), a.horizon === null ? '' : t(`horizons.${a.horizon}`)].filter(Boolean).join('\n'),
        a.objective,
        t(`statuses.${a.status}`),
      ]),
    ),
  ];
}

function notes(model: Deliverable, t: ExportLabels): FileChild[] {
  if (model.notes.length > DOCX_NOTES_MAX) {
    return [heading(t('doc.notes'), 1, { pageBreakBefore: true }), paragraph(t('doc.notesElsewhere', { count: model.notes.length }), { color: COLOURS.muted })];
  }
  const out: FileChild[] = [
    heading(t('doc.notes'), 1, { pageBreakBefore: true }),
    paragraph(model.anonymous ? t('doc.notesIntroAnonymous') : t('doc.notesIntro'), { color: COLOURS.muted }),
  ];
  for (const q of model.questions) {
    out.push(heading(t('doc.questionTitle', { n: q.number, text: q.question }), 2));
    const mine = model.notes.filter((n) => n.round === q.round);
    if (mine.length === 0) out.push(paragraph(t('doc.noNotes'), { italics: true }));
    let table = '';
    for (const note of mine) {
      if (note.table.id !== table) {
        table = note.table.id;
        out.push(heading(note.table.name, 3));
      }
      const after = [note.author, note.plusOnes > 1 ? `+1 × ${note.plusOnes}` : note.plusOnes === 1 ? '+1' : ''].filter(Boolean).join(' · ');
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          spacing: { after: 40 },
          children: [...runs(note.text), ...(after ? [new TextRun({ text: ` — ${after}`, style: 'Muted' })] : [])],
        }),
      );
    }
  }
  return out;
}

/** The synthesis as DOCX bytes. */
export async function buildSynthesisDocx(model: Deliverable): Promise<Buffer> {
  const t = exportLabels(model.language);
  const language = { value: LANGUAGE_TAG[model.language] };
  const document = new Document({
    creator: 'Tournée',
    title: model.title,
    description: t('doc.kind'),
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language } },
        title: { run: { font: 'Calibri Light', size: 48, color: COLOURS.heading, language } },
        heading1: { run: { font: 'Calibri Light', size: 32, color: COLOURS.heading, language }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading2: { run: { font: 'Calibri Light', size: 26, color: COLOURS.heading, language }, paragraph: { spacing: { before: 240, after: 100 } } },
        heading3: { run: { font: 'Calibri', size: 23, bold: true, color: COLOURS.heading, language }, paragraph: { spacing: { before: 180, after: 80 } } },
      },
      characterStyles: [{ id: 'Muted', name: 'Muted', run: { color: COLOURS.muted } }],
      paragraphStyles: [{ id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 18, color: COLOURS.muted } }, ...TABLE_STYLES],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'Footer',
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${model.title} — ${t('doc.page')} ` }), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [...intro(model, t), ...questions(model, t), ...workstreams(model, t), ...matrix(model, t), ...actions(model, t), ...notes(model, t)],
      },
    ],
  });
  return Packer.toBuffer(document);
}

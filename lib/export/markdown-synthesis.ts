/**
 * The synthesis as Markdown, to paste into a wiki or an e-mail: the questions and their ideas, the
 * workstreams, the effort × gain table and the action plan (the notes stay in the DOCX and the XLSX).
 * Every text from the café is escaped, so a note can neither format the page nor inject HTML.
 */
import type { Deliverable, IdeaEntry } from './deliverable-types';
import { decimal, exportLabels, longDate, mediumDate, range, rankLabel, votesLabel, type ExportLabels } from './labels';

/**
 * Text safe inside Markdown (inline or in a table cell), on one line: the characters that start
 * emphasis, code, links, HTML or a table cell escaped everywhere, those that start a block (a list,
 * a heading, a quote) only at the start; the rest left readable for plain-text e-mail.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/^(\s*)([#>+\-=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function table(header: string[], rows: (string | number)[][], right: number[] = []): string[] {
  const align = header.map((_, i) => (right.includes(i) ? '---:' : '---'));
  const line = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
  return [line(header.map(escapeMarkdown)), line(align), ...rows.map(line), ''];
}

function ideaLines(idea: IdeaEntry, t: ExportLabels, votesOnIdeas: boolean): string[] {
  const facts = [
    idea.tables.map((table) => escapeMarkdown(table.name)).join(', '),
    idea.plusOnes > 0 ? `+1 × ${idea.plusOnes}` : '',
    votesOnIdeas && idea.vote && idea.vote.dots > 0 ? votesLabel(idea.vote, t) : '',
  ].filter(Boolean);
  return [
    `- ${escapeMarkdown(idea.text)} — ${facts.join(' · ')} \`${idea.ref}\``,
    ...idea.variants.map((v) => `  - *${escapeMarkdown(t('doc.sameIdea', { table: v.table.name, text: v.text }))}*`),
  ];
}

/** The synthesis as Markdown text. */
export function buildSynthesisMarkdown(model: Deliverable): string {
  const t = exportLabels(model.language);
  const language = model.language;
  const p = model.participation;
  const out: string[] = [`# ${escapeMarkdown(model.title)}`, '', `*${escapeMarkdown(t('doc.kind'))}*`, ''];
  if (model.date) out.push(escapeMarkdown(t('doc.dateLine', { text: longDate(model.date, language) })), '');
  if (model.purpose) out.push(`> ${escapeMarkdown(model.purpose)}`, '');

  out.push(`## ${escapeMarkdown(t('doc.participation'))}`, '');
  out.push(escapeMarkdown(t('doc.participationSummary', { people: p.people, tables: p.tables, rounds: p.rounds, count: p.notes, total: p.ideas })));
  if (model.voted || p.raters > 0) out.push('', escapeMarkdown(t('doc.plenarySummary', { people: p.voters, count: p.raters })));
  out.push('');

  out.push(`## ${escapeMarkdown(t('doc.questions'))}`, '');
  const votesOnIdeas = model.voted && model.itemKind === 'ideas';
  for (const q of model.questions) {
    out.push(`### ${escapeMarkdown(t('doc.questionTitle', { n: q.number, text: q.question }))}`, '');
    if (q.groups.length === 0) out.push(`*${escapeMarkdown(t('doc.noIdeas'))}*`, '');
    const grouped = q.groups.some((g) => g.workstream !== null);
    for (const group of q.groups) {
      if (grouped) {
        const name = group.workstream?.name ?? t('doc.looseIdeas');
        const vote = group.workstream?.vote;
        out.push(`#### ${escapeMarkdown(vote ? `${name} — ${votesLabel(vote, t)}` : name)}`, '');
      }
      out.push(...group.ideas.flatMap((idea) => ideaLines(idea, t, votesOnIdeas)), '');
    }
  }

  if (model.workstreams.length > 0) {
    out.push(`## ${escapeMarkdown(t('doc.workstreams'))}`, '', escapeMarkdown(model.voted ? t('doc.workstreamsRanked') : t('doc.workstreamsUnranked')), '');
    out.push(
      ...table(
        [t('columns.rank'), t('columns.workstream'), t('columns.ideas'), t('columns.tables'), t('columns.plusOnesCount'), t('columns.votes')],
        model.workstreams.map((w) => [
          rankLabel(w.vote, t),
          escapeMarkdown(w.name),
          w.ideas,
          w.tables.map((x) => escapeMarkdown(x.name)).join(', '),
          w.plusOnes,
          w.vote?.dots ?? '',
        ]),
        [0, 2, 4, 5],
      ),
    );
  }

  if (model.matrix.length > 0) {
    const rating = (s: { median: number; q1: number; q3: number } | null) =>
      s === null ? '–' : `${decimal(s.median, language)} (${range(s.q1, s.q3, language)})`;
    out.push(`## ${escapeMarkdown(t('doc.matrix'))}`, '', escapeMarkdown(t('doc.legendNote')), '');
    out.push(
      ...table(
        [t('columns.number'), t('columns.item'), t('matrix.gain'), t('matrix.effort'), t('columns.category')],
        model.matrix.map((m) => [
          m.number,
          `${escapeMarkdown(m.label)} \`${m.ref}\``,
          rating(m.gain),
          rating(m.effort),
          escapeMarkdown(`${t(`quadrants.${m.quadrant}`)}${m.overridden ? ` (${t('doc.placedByHand')})` : ''}`),
        ]),
        [0],
      ),
    );
  }

  if (model.actions.length > 0) {
    out.push(`## ${escapeMarkdown(t('doc.actions'))}`, '', escapeMarkdown(t('doc.actionsIntro')), '');
    out.push(
      ...table(
        [t('columns.code'), t('columns.item'), t('columns.owner'), t('columns.deadline'), t('columns.objective'), t('columns.status')],
        model.actions.map((a) => [
          escapeMarkdown(a.code),
          `${escapeMarkdown(a.item)} \`${a.ref}\``,
          escapeMarkdown(a.owner),
          [a.deadline === null ? '' : mediumDate(a.deadline, language), a.horizon === null ? '' : t(`horizons.${a.horizon}`)].filter(Boolean).join(', '),
          escapeMarkdown(a.objective),
          t(`statuses.${a.status}`),
        ]),
      ),
    );
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

import type { Queryable } from '@/db/client';
import type { TableRow } from '@/db/queries/seating';
import { loadTableContent, type TableContent } from '@/db/queries/table-content';
import type { Stage } from '@/lib/domain/session-machine';
import { inTableView, plusOnesShown, shownAuthor, tableViewStage } from '@/lib/domain/visibility';
import type { IdeaView, NoteView, TableView } from '@/lib/realtime/contract';

export type ViewContext = { stage: Stage; roundCount: number; anonymous: boolean };

function viewOf(table: TableRow, content: TableContent, round: number | null, { stage, anonymous }: ViewContext): TableView {
  const roster = (content.roster.get(table.id) ?? []).map((p) => ({ ...p, here: !content.unarrived.has(p.id) }));
  const base: TableView = {
    tableId: table.id,
    tableSeq: table.seq,
    round,
    roster,
    hostId: table.hostId,
    notesWritten: 0,
    notes: [],
    speaking: null,
    ideas: [],
    recap: [],
    recapClosed: false,
  };
  if (round === null) return base;
  const plusOnes = (id: string) => plusOnesShown(content.plusOnes.get(id) ?? []);
  const notes: NoteView[] = (content.notes.get(table.id) ?? [])
    .filter((n) => inTableView({ authorId: n.authorId, tableId: table.id, round }, stage))
    .map((n) => ({ id: n.id, text: n.text, ...shownAuthor({ id: n.authorId, name: n.authorName }, anonymous), plusOnes: plusOnes(n.id) }));
  const ideas: IdeaView[] = (content.ideas.get(table.id) ?? []).map((i) => ({
    id: i.id,
    text: i.text,
    round: i.roundIndex,
    position: i.position,
    sourceNoteIds: content.lineage.get(i.id)?.noteIds ?? [],
    authorNames: (content.lineage.get(i.id)?.authors ?? []).flatMap((a) => shownAuthor(a, anonymous).authorName ?? []),
    plusOnes: plusOnes(i.id),
  }));
  const recap: TableView['recap'] = [];
  for (const idea of content.recap.get(table.id) ?? []) {
    let group = recap.at(-1);
    if (group?.round !== idea.roundIndex) recap.push((group = { round: idea.roundIndex, ideas: [] }));
    group.ideas.push({ id: idea.id, text: idea.text });
  }
  return {
    ...base,
    notesWritten: content.noteCounts.get(table.id) ?? 0,
    notes,
    speaking: content.queues.get(table.id) ?? null,
    ideas,
    recap,
    recapClosed: table.recapClosedRound === round,
  };
}

/**
 * What each table shows for the current round — one message for its host, its participants and the
 * organiser watching it — projected through the visibility rules of `lib/domain/visibility.ts`.
 * Built for many tables at once from one read of each kind of content.
 */
export function buildTableViews(db: Queryable, tables: readonly TableRow[], ctx: ViewContext): TableView[] {
  if (tables.length === 0) return [];
  // Notes' texts are read only once the table may see them (never during the reflection).
  const { round, shared } = tableViewStage(ctx.stage, ctx.roundCount);
  const content = loadTableContent(
    db,
    tables.map((t) => t.id),
    round,
    shared,
  );
  return tables.map((table) => viewOf(table, content, round, ctx));
}

export function buildTableView(db: Queryable, table: TableRow, ctx: ViewContext): TableView {
  return buildTableViews(db, [table], ctx)[0]!;
}

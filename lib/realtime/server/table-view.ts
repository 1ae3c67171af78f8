import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { ideasAt, ideasBefore } from '@/db/queries/ideas';
import { countNotesAt, notesAt } from '@/db/queries/notes';
import { reactionsAt } from '@/db/queries/reactions';
import { unarrivedAt } from '@/db/queries/round-seats';
import { rosterOf, type TableRow } from '@/db/queries/seating';
import type { Tx } from '@/db/queries/sessions';
import { loadQueue } from '@/db/queries/speaking';
import { ideaSources, participants } from '@/db/schema';
import { currentRound, type Stage } from '@/lib/domain/session-machine';
import { isShared } from '@/lib/domain/visibility';
import type { IdeaView, TableView } from '@/lib/realtime/contract';

export type ViewContext = { stage: Stage; roundCount: number; anonymous: boolean };

/** Source notes and their authors' names for a set of ideas. */
function lineageOf(db: Db | Tx, ideaIds: string[]): Map<string, { noteIds: string[]; authorNames: string[] }> {
  const out = new Map<string, { noteIds: string[]; authorNames: string[] }>();
  if (ideaIds.length === 0) return out;
  const rows = db
    .select({ ideaId: ideaSources.ideaId, noteId: ideaSources.noteId, position: ideaSources.position, name: participants.displayName })
    .from(ideaSources)
    .leftJoin(participants, eq(participants.id, ideaSources.authorId))
    .where(inArray(ideaSources.ideaId, ideaIds))
    .orderBy(ideaSources.position)
    .all();
  for (const row of rows) {
    const entry = out.get(row.ideaId) ?? { noteIds: [], authorNames: [] };
    entry.noteIds.push(row.noteId);
    if (row.name && !entry.authorNames.includes(row.name)) entry.authorNames.push(row.name);
    out.set(row.ideaId, entry);
  }
  return out;
}

/**
 * What a table shows for the current round — the same for its host, its participants and the
 * organiser. Notes appear only once shared (never during the reflection); authors stay hidden in
 * anonymous sessions.
 */
export function buildTableView(db: Db | Tx, table: TableRow, { stage, roundCount, anonymous }: ViewContext): TableView {
  const round = currentRound(stage, roundCount);
  const coming = unarrivedAt(db, table.id);
  const roster = rosterOf(db, table.id).map((p) => ({ ...p, here: !coming.has(p.id) }));
  const empty: TableView = {
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
  if (round === null) return empty;

  const plusOnes = reactionsAt(db, table.id);
  const notes = isShared(round, stage)
    ? notesAt(db, table.id, round).map((n) => ({
        id: n.id,
        text: n.text,
        authorId: anonymous ? null : n.authorId,
        authorName: anonymous ? null : n.authorName,
        plusOnes: plusOnes.get(n.id) ?? [],
      }))
    : [];
  const ideaRows = ideasAt(db, table.id, round);
  const lineage = lineageOf(
    db,
    ideaRows.map((i) => i.id),
  );
  const ideas: IdeaView[] = ideaRows.map((i) => ({
    id: i.id,
    text: i.text,
    round: i.roundIndex,
    position: i.position,
    sourceNoteIds: lineage.get(i.id)?.noteIds ?? [],
    authorNames: anonymous ? [] : (lineage.get(i.id)?.authorNames ?? []),
    plusOnes: plusOnes.get(i.id) ?? [],
  }));
  const recap: TableView['recap'] = [];
  for (const idea of ideasBefore(db, table.id, round)) {
    const group = recap.at(-1)?.round === idea.roundIndex ? recap.at(-1)! : recap[recap.push({ round: idea.roundIndex, ideas: [] }) - 1]!;
    group.ideas.push({ id: idea.id, text: idea.text });
  }
  const queue = loadQueue(db, table.id, round);
  return {
    ...empty,
    notesWritten: countNotesAt(db, table.id, round),
    notes,
    speaking: queue,
    ideas,
    recap,
    recapClosed: table.recapClosedRound === round,
  };
}

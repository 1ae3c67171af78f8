import type { Queryable } from '@/db/client';
import { ideasAt, ideasBefore, lineageOf } from '@/db/queries/ideas';
import { countNotesAt, notesAt } from '@/db/queries/notes';
import { reactionsAt } from '@/db/queries/reactions';
import { unarrivedAt } from '@/db/queries/round-seats';
import { rosterOf, type TableRow } from '@/db/queries/seating';
import { loadQueue } from '@/db/queries/speaking';
import { currentRound, type Stage } from '@/lib/domain/session-machine';
import { inTableView, plusOnesShown, shownAuthor } from '@/lib/domain/visibility';
import type { IdeaView, NoteView, TableView } from '@/lib/realtime/contract';

export type ViewContext = { stage: Stage; roundCount: number; anonymous: boolean };

/** Earlier rounds' ideas at this table, by round: the host's recap for newcomers. */
function recapOf(db: Queryable, tableId: string, round: number): TableView['recap'] {
  const recap: TableView['recap'] = [];
  for (const idea of ideasBefore(db, tableId, round)) {
    let group = recap.at(-1);
    if (group?.round !== idea.roundIndex) recap.push((group = { round: idea.roundIndex, ideas: [] }));
    group.ideas.push({ id: idea.id, text: idea.text });
  }
  return recap;
}

/**
 * What a table shows for the current round — one message for its host, its participants and the
 * organiser, projected through the visibility rules of `lib/domain/visibility.ts`.
 */
export function buildTableView(db: Queryable, table: TableRow, { stage, roundCount, anonymous }: ViewContext): TableView {
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
  const notes: NoteView[] = notesAt(db, table.id, round)
    .filter((n) => inTableView({ authorId: n.authorId, tableId: table.id, round }, stage))
    .map((n) => ({
      id: n.id,
      text: n.text,
      ...shownAuthor({ id: n.authorId, name: n.authorName }, anonymous),
      plusOnes: plusOnesShown(plusOnes.get(n.id) ?? []),
    }));
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
    authorNames: (lineage.get(i.id)?.authors ?? []).flatMap((a) => shownAuthor(a, anonymous).authorName ?? []),
    plusOnes: plusOnesShown(plusOnes.get(i.id) ?? []),
  }));
  return {
    ...empty,
    notesWritten: countNotesAt(db, table.id, round),
    notes,
    speaking: loadQueue(db, table.id, round),
    ideas,
    recap: recapOf(db, table.id, round),
    recapClosed: table.recapClosedRound === round,
  };
}

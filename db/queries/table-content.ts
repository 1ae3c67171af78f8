/**
 * What the views of several tables need, read in one query per kind (not one per table): a stage
 * change rebuilds every table's view, and that must stay a handful of queries at 250 tables.
 */
import { and, asc, count, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Queryable } from '@/db/client';
import { cafeTables, ideas, notes, participants, reactions, roundSeats, speakingTurns, tableRounds } from '@/db/schema';
import type { SpeakingQueue } from '@/lib/domain/speaking-order';
import { lineageOf, type IdeaRow, type Lineage } from './ideas';

export type TableContent = {
  roster: Map<string, { id: string; displayName: string }[]>;
  /** People a rotation sent to these tables who have not checked in yet. */
  unarrived: Set<string>;
  noteCounts: Map<string, number>;
  notes: Map<string, { id: string; text: string; authorId: string; authorName: string }[]>;
  /** Who gave a +1 to what (notes and ideas of these tables). */
  plusOnes: Map<string, string[]>;
  ideas: Map<string, IdeaRow[]>;
  lineage: Map<string, Lineage>;
  /** Ideas of earlier rounds, by round then position. */
  recap: Map<string, IdeaRow[]>;
  queues: Map<string, SpeakingQueue>;
};

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}

/** Everything the views of `tableIds` show for `round`; the notes' texts only when `withNotes` (once shared). */
export function loadTableContent(db: Queryable, tableIds: readonly string[], round: number | null, withNotes: boolean): TableContent {
  const ids = [...tableIds];
  const rosterRows = db
    .select({ id: participants.id, displayName: participants.displayName, tableId: participants.tableId })
    .from(participants)
    .where(inArray(participants.tableId, ids))
    .orderBy(asc(participants.joinedAt))
    .all();
  const unarrived = db
    .select({ participantId: roundSeats.participantId })
    .from(roundSeats)
    .where(and(inArray(roundSeats.tableId, ids), eq(roundSeats.status, 'applied'), isNull(roundSeats.checkedInAt)))
    .all();
  const content: TableContent = {
    roster: new Map([...groupBy(rosterRows, (r) => r.tableId ?? '')].map(([t, rows]) => [t, rows.map(({ id, displayName }) => ({ id, displayName }))])),
    unarrived: new Set(unarrived.map((r) => r.participantId)),
    noteCounts: new Map(),
    notes: new Map(),
    plusOnes: new Map(),
    ideas: new Map(),
    lineage: new Map(),
    recap: new Map(),
    queues: new Map(),
  };
  if (round === null) return content;

  const atRound = and(inArray(notes.tableId, ids), eq(notes.roundIndex, round));
  for (const row of db.select({ tableId: notes.tableId, n: count() }).from(notes).where(atRound).groupBy(notes.tableId).all())
    content.noteCounts.set(row.tableId, row.n);
  if (withNotes) {
    const noteRows = db
      .select({ id: notes.id, text: notes.text, authorId: notes.authorId, authorName: participants.displayName, tableId: notes.tableId })
      .from(notes)
      .innerJoin(participants, eq(participants.id, notes.authorId))
      .where(atRound)
      .orderBy(asc(notes.createdAt), asc(notes.id))
      .all();
    content.notes = new Map([...groupBy(noteRows, (n) => n.tableId)].map(([t, rows]) => [t, rows.map(({ tableId: _t, ...n }) => n)]));
  }
  for (const r of db
    .select({ targetId: reactions.targetId, participantId: reactions.participantId })
    .from(reactions)
    .where(inArray(reactions.tableId, ids))
    .all()) {
    const list = content.plusOnes.get(r.targetId);
    if (list) list.push(r.participantId);
    else content.plusOnes.set(r.targetId, [r.participantId]);
  }
  const ideaRows = db
    .select()
    .from(ideas)
    .where(and(inArray(ideas.tableId, ids), eq(ideas.roundIndex, round)))
    .orderBy(asc(ideas.position), asc(ideas.createdAt))
    .all();
  content.ideas = groupBy(ideaRows, (i) => i.tableId);
  content.lineage = lineageOf(
    db,
    ideaRows.map((i) => i.id),
  );
  const earlier = db
    .select()
    .from(ideas)
    .where(and(inArray(ideas.tableId, ids), lt(ideas.roundIndex, round)))
    .orderBy(asc(ideas.roundIndex), asc(ideas.position))
    .all();
  content.recap = groupBy(earlier, (i) => i.tableId);
  const metas = db
    .select()
    .from(tableRounds)
    .where(and(inArray(tableRounds.tableId, ids), eq(tableRounds.roundIndex, round)))
    .all();
  const turns = groupBy(
    db
      .select()
      .from(speakingTurns)
      .where(and(inArray(speakingTurns.tableId, ids), eq(speakingTurns.roundIndex, round)))
      .orderBy(asc(speakingTurns.position))
      .all(),
    (t) => t.tableId,
  );
  for (const meta of metas) {
    content.queues.set(meta.tableId, {
      turns: (turns.get(meta.tableId) ?? []).map(({ participantId, status, skipped }) => ({ participantId, status, skipped })),
      slotMs: meta.slotMs,
      startedAt: meta.speakerStartedAt,
    });
  }
  return content;
}

/** The tables of a session by id (for the views to build). */
export function tableRowsByIds(db: Queryable, tableIds: readonly string[]) {
  return db
    .select()
    .from(cafeTables)
    .where(inArray(cafeTables.id, [...tableIds]))
    .orderBy(asc(cafeTables.position))
    .all();
}

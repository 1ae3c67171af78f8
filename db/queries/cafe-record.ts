/**
 * A café as the exports read it: `loadCafeRecord` builds the café record (lib/export/cafe-record.ts)
 * from the stored rows. Never a token, host key, projector key, join code or password hash; dates as
 * ISO instants; references to rows deleted since are dropped (pruneDangling). The mapping of each
 * field to its tables is in docs/exports.md.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '@/db/client';
import { cafeTables, ideaSources, ideas, notes, participants, reactions, roundSeats, sessionEvents } from '@/db/schema';
import { isShared } from '@/lib/domain/visibility';
import { CAFE_FORMAT, CAFE_FORMAT_VERSION, type CafeRecord } from '@/lib/export/cafe-record';
import { exportLabels } from '@/lib/export/labels';
import { pruneDangling } from '@/lib/export/prune-dangling';
import { loadPlenaryRecords } from './plenary-records';
import { getSessionRow, liveOf, loadConfig, type SessionRow } from './sessions';

/** The event an import writes: the café's own dates, which the new session's rows cannot hold. */
export const IMPORTED_EVENT = 'imported';

const importedPayload = z.object({
  dates: z.object({ createdAt: z.string().nullable(), startedAt: z.string().nullable(), closedAt: z.string().nullable() }),
});

const iso = (ms: number) => new Date(ms).toISOString();
// Insertion order: a café's own order of creation, and the order an import writes (so a round trip keeps it).
const rowid = sql`rowid`;

/** The café's dates: those an import carried, else the session's creation, its start and its close as the log recorded them. */
function datesOf(db: Queryable, row: SessionRow): CafeRecord['dates'] {
  const imported = db
    .select({ payload: sessionEvents.payload })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, row.id), eq(sessionEvents.type, IMPORTED_EVENT)))
    .get();
  const carried = importedPayload.safeParse(imported?.payload);
  if (carried.success) return carried.data.dates;
  const started = db
    .select({ at: sessionEvents.at })
    .from(sessionEvents)
    .where(and(eq(sessionEvents.sessionId, row.id), eq(sessionEvents.type, 'state'), sql`json_extract(${sessionEvents.payload}, '$.command.type') = 'start'`))
    .orderBy(asc(sessionEvents.seq))
    .get();
  const closed =
    row.stage === 'closed'
      ? db
          .select({ at: sessionEvents.at })
          .from(sessionEvents)
          .where(
            and(
              eq(sessionEvents.sessionId, row.id),
              eq(sessionEvents.type, 'state'),
              sql`exists (select 1 from json_each(${sessionEvents.payload}, '$.events') e where json_extract(e.value, '$.stage.kind') = 'closed')`,
            ),
          )
          .orderBy(asc(sessionEvents.seq))
          .get()
      : undefined;
  return { createdAt: iso(row.createdAt), startedAt: started ? iso(started.at) : null, closedAt: closed ? iso(closed.at) : null };
}

/**
 * The people. In an anonymous session they leave under a number ("Participant 3", in join order) and
 * without their group label: the archive keeps who wrote what (the notes' authors, the votes), and a
 * name next to that would undo the anonymity every screen kept.
 */
function participantsOf(db: Queryable, row: SessionRow): CafeRecord['participants'] {
  const rows = db
    .select({ id: participants.id, displayName: participants.displayName, groupLabel: participants.groupLabel, joinedAt: participants.joinedAt })
    .from(participants)
    .where(eq(participants.sessionId, row.id))
    .orderBy(rowid)
    .all();
  const t = exportLabels(row.language);
  return rows.map((p, i) => ({
    id: p.id,
    displayName: row.anonymous ? t('archive.pseudonym', { n: i + 1 }) : p.displayName,
    groupLabel: row.anonymous ? null : p.groupLabel,
    joinedAt: iso(p.joinedAt),
  }));
}

/** The café record of a session, or null when there is none; `dropped` counts the dangling references left out. */
export function loadCafeRecord(db: Queryable, sessionId: string): { record: CafeRecord; dropped: Record<string, number> } | null {
  const row = getSessionRow(db, sessionId);
  if (!row) return null;
  const { id: _id, code: _code, ...draft } = loadConfig(db, row);
  const tableRows = db
    .select({ id: cafeTables.id, name: cafeTables.name, hostId: cafeTables.hostId })
    .from(cafeTables)
    .where(eq(cafeTables.sessionId, row.id))
    .orderBy(asc(cafeTables.position))
    .all();
  const { stage } = liveOf(row);

  // A note still private (its round's reflection is under way) is nobody's but its author's: a draft leaves it out.
  const noteRows = db
    .select()
    .from(notes)
    .where(eq(notes.sessionId, row.id))
    .orderBy(rowid)
    .all()
    .filter((n) => isShared(n.roundIndex, stage));
  const ideaRows = db.select().from(ideas).where(eq(ideas.sessionId, row.id)).orderBy(rowid).all();
  const sources = new Map<string, string[]>();
  const sourceRows = db
    .select({ ideaId: ideaSources.ideaId, noteId: ideaSources.noteId })
    .from(ideaSources)
    .innerJoin(ideas, eq(ideas.id, ideaSources.ideaId))
    .where(eq(ideas.sessionId, row.id))
    .orderBy(asc(ideaSources.ideaId), asc(ideaSources.position))
    .all();
  for (const s of sourceRows) sources.set(s.ideaId, [...(sources.get(s.ideaId) ?? []), s.noteId]);

  const record: CafeRecord = {
    format: CAFE_FORMAT,
    version: CAFE_FORMAT_VERSION,
    kind: 'cafe',
    session: {
      title: draft.title,
      purpose: draft.purpose,
      language: draft.language,
      anonymous: draft.anonymous,
      autoAdvance: draft.autoAdvance,
      speakingTurnMs: draft.speakingTurnMs,
      minPerTable: draft.minPerTable,
      maxPerTable: draft.maxPerTable,
      rounds: draft.rounds,
      // loadConfig reads the same rows in the same order: the draft's tables are these, without their ids.
      tables: tableRows.map((t, i) => ({ id: t.id, name: t.name, colour: draft.tables[i]?.colour ?? 'grey' })),
      plenary: draft.plenary,
    },
    dates: datesOf(db, row),
    participants: participantsOf(db, row),
    hosts: tableRows.flatMap((t) => (t.hostId ? [{ tableId: t.id, participantId: t.hostId }] : [])),
    seats: db
      .select({ round: roundSeats.roundIndex, participantId: roundSeats.participantId, tableId: roundSeats.tableId })
      .from(roundSeats)
      .where(and(eq(roundSeats.sessionId, row.id), eq(roundSeats.status, 'seated')))
      .orderBy(rowid)
      .all(),
    notes: noteRows.map((n) => ({
      id: n.id,
      round: n.roundIndex,
      tableId: n.tableId,
      authorId: n.authorId,
      text: n.text,
      createdAt: iso(n.createdAt),
      updatedAt: iso(n.updatedAt),
    })),
    ideas: ideaRows.map((i) => ({
      id: i.id,
      round: i.roundIndex,
      tableId: i.tableId,
      text: i.text,
      position: i.position,
      sourceNoteIds: sources.get(i.id) ?? [],
      createdAt: iso(i.createdAt),
      updatedAt: iso(i.updatedAt),
    })),
    reactions: db
      .select({ targetId: reactions.targetId, participantId: reactions.participantId })
      .from(reactions)
      .where(eq(reactions.sessionId, row.id))
      .orderBy(rowid)
      .all(),
    plenary: loadPlenaryRecords(db, row.id),
  };
  return pruneDangling(record);
}

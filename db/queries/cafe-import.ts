/**
 * A café record brought back as a new session (new ids, a new join code, new projector and host
 * keys): a template becomes a prepared session in the lobby; a café becomes a closed session with
 * every note, idea, +1, seat and plenary record, to read and export again. Runs inside one
 * transaction: a failure leaves nothing behind. The record must have passed `parseCafeArchive`, its
 * session `checkRecordDraft`.
 */
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { preparedStatements, type Tx } from '@/db/client';
import { cafeTables } from '@/db/schema';
import { hashToken, randomJoinCode, randomToken } from '@/lib/auth/tokens';
import { actionNumber } from '@/lib/domain/plenary/actions';
import type { PlenaryRecords } from '@/lib/domain/plenary/plenary-types';
import type { CafeRecord } from '@/lib/export/cafe-record';
import type { SessionDraft } from '@/lib/realtime/contract';
import { appendEvent } from './events';
import { IMPORTED_EVENT } from './cafe-record';
import { replacePlenaryRecords } from './plenary-records';
import { getSessionRowByCode, insertSession, saveLive } from './sessions';

// One prepared statement per table, run once per row: a large café is some 80,000 rows, which
// building each INSERT through the query builder made take seconds.
const statements = preparedStatements((db) => ({
  participant: db.$client.prepare(
    'insert into participants (id, session_id, token_hash, display_name, group_label, joined_at, table_id) values (@id, @sessionId, @tokenHash, @displayName, @groupLabel, @joinedAt, @tableId)',
  ),
  seat: db.$client.prepare(
    "insert into round_seats (session_id, round_index, participant_id, table_id, status) values (@sessionId, @roundIndex, @participantId, @tableId, 'seated')",
  ),
  note: db.$client.prepare(
    'insert into notes (id, session_id, round_index, table_id, author_id, text, created_at, updated_at) values (@id, @sessionId, @roundIndex, @tableId, @authorId, @text, @createdAt, @updatedAt)',
  ),
  idea: db.$client.prepare(
    'insert into ideas (id, session_id, round_index, table_id, text, position, created_at, updated_at) values (@id, @sessionId, @roundIndex, @tableId, @text, @position, @createdAt, @updatedAt)',
  ),
  source: db.$client.prepare('insert into idea_sources (idea_id, note_id, author_id, position) values (@ideaId, @noteId, @authorId, @position)'),
  reaction: db.$client.prepare(
    'insert into reactions (target_id, participant_id, session_id, table_id) values (@targetId, @participantId, @sessionId, @tableId)',
  ),
}));

function uniqueJoinCode(tx: Tx): string {
  for (;;) {
    const code = randomJoinCode();
    if (!getSessionRowByCode(tx, code)) return code;
  }
}

const ms = (iso: string) => Date.parse(iso);

/** A lookup that refuses an id the record does not have (parseCafeArchive checked every reference). */
function mapper(pairs: Iterable<[string, string]>): (id: string) => string {
  const map = new Map(pairs);
  return (id) => {
    const mapped = map.get(id);
    if (mapped === undefined) throw new Error(`the record names "${id}", which it does not hold`);
    return mapped;
  };
}

export type ImportedSession = { sessionId: string; stage: 'lobby' | 'closed' };

/** Creates the session `record` describes; `draft` is its checked session (checkRecordDraft). */
export function importCafeRecord(tx: Tx, record: CafeRecord, draft: SessionDraft, now: number): ImportedSession {
  const sessionId = randomUUID();
  insertSession(tx, { id: sessionId, code: uniqueJoinCode(tx), screenKey: randomToken(18) }, draft, now);
  if (record.kind === 'template') {
    // A prepared session like any other: its own dates come as it runs.
    appendEvent(tx, sessionId, 'created', { title: draft.title }, now);
    return { sessionId, stage: 'lobby' };
  }

  // insertSession named the tables by position, as it always does.
  const tableOf = mapper(record.session.tables.map((t, i) => [t.id, `${sessionId}:t${i + 1}`]));
  const personOf = mapper(record.participants.map((p) => [p.id, randomUUID()]));
  const noteOf = mapper(record.notes.map((n) => [n.id, randomUUID()]));
  const ideaOf = mapper(record.ideas.map((i) => [i.id, randomUUID()]));
  const workstreamOf = mapper(record.plenary.workstreams.map((w) => [w.id, randomUUID()]));
  const itemOf = record.session.plenary.voteOn === 'workstreams' ? workstreamOf : ideaOf;

  // Where each person sat last (a host: their table), so that the closed café's board reads as it ended.
  const lastTable = new Map<string, string>();
  for (const seat of [...record.seats].sort((a, b) => a.round - b.round)) lastTable.set(seat.participantId, seat.tableId);
  for (const host of record.hosts) lastTable.set(host.participantId, host.tableId);
  const run = statements(tx);
  for (const p of record.participants) {
    const table = lastTable.get(p.id);
    run.participant.run({
      id: personOf(p.id),
      sessionId,
      // A token nobody holds: the imported people are in the café's record, they cannot act in it.
      tokenHash: hashToken(randomToken()),
      displayName: p.displayName,
      groupLabel: p.groupLabel,
      joinedAt: ms(p.joinedAt),
      tableId: table === undefined ? null : tableOf(table),
    });
  }
  for (const host of record.hosts) {
    tx.update(cafeTables)
      .set({ hostId: personOf(host.participantId) })
      .where(eq(cafeTables.id, tableOf(host.tableId)))
      .run();
  }
  for (const seat of record.seats) {
    run.seat.run({ sessionId, roundIndex: seat.round, participantId: personOf(seat.participantId), tableId: tableOf(seat.tableId) });
  }
  insertNotesAndIdeas(tx, sessionId, record, { tableOf, personOf, noteOf, ideaOf });
  replacePlenaryRecords(tx, sessionId, remapPlenary(record.plenary, { personOf, ideaOf, workstreamOf, itemOf }), lastActionNumber(record.plenary));
  saveLive(tx, sessionId, { stage: { kind: 'closed' }, timer: null }, now);
  // The café's own dates (its day is in the deliverables' titles and file names), which no row of the new session holds.
  appendEvent(tx, sessionId, IMPORTED_EVENT, { dates: record.dates }, now);
  return { sessionId, stage: 'closed' };
}

type Mappers = Record<'tableOf' | 'personOf' | 'noteOf' | 'ideaOf', (id: string) => string>;

function insertNotesAndIdeas(tx: Tx, sessionId: string, record: CafeRecord, { tableOf, personOf, noteOf, ideaOf }: Mappers): void {
  const run = statements(tx);
  for (const n of record.notes) {
    run.note.run({
      id: noteOf(n.id),
      sessionId,
      roundIndex: n.round,
      tableId: tableOf(n.tableId),
      authorId: personOf(n.authorId),
      text: n.text,
      createdAt: ms(n.createdAt),
      updatedAt: ms(n.updatedAt),
    });
  }
  const authorOf = new Map(record.notes.map((n) => [n.id, n.authorId]));
  for (const i of record.ideas) {
    run.idea.run({
      id: ideaOf(i.id),
      sessionId,
      roundIndex: i.round,
      tableId: tableOf(i.tableId),
      text: i.text,
      position: i.position,
      createdAt: ms(i.createdAt),
      updatedAt: ms(i.updatedAt),
    });
    i.sourceNoteIds.forEach((noteId, position) => {
      const author = authorOf.get(noteId);
      run.source.run({ ideaId: ideaOf(i.id), noteId: noteOf(noteId), authorId: author === undefined ? null : personOf(author), position });
    });
  }
  // A +1 is kept with the table of what it was given to (the store counts them per table).
  const tableOfTarget = new Map([...record.notes, ...record.ideas].map((x) => [x.id, x.tableId]));
  for (const r of record.reactions) {
    const table = tableOfTarget.get(r.targetId);
    if (table === undefined) throw new Error(`a +1 names "${r.targetId}", which the record does not hold`);
    run.reaction.run({
      targetId: authorOf.has(r.targetId) ? noteOf(r.targetId) : ideaOf(r.targetId),
      participantId: personOf(r.participantId),
      sessionId,
      tableId: tableOf(table),
    });
  }
}

function remapPlenary(
  p: PlenaryRecords,
  { personOf, ideaOf, workstreamOf, itemOf }: Record<'personOf' | 'ideaOf' | 'workstreamOf' | 'itemOf', (id: string) => string>,
): PlenaryRecords {
  return {
    workstreams: p.workstreams.map((w) => ({ ...w, id: workstreamOf(w.id) })),
    placements: p.placements.map((x) => ({
      ideaId: ideaOf(x.ideaId),
      workstreamId: x.workstreamId === null ? null : workstreamOf(x.workstreamId),
      sameAsId: x.sameAsId === null ? null : ideaOf(x.sameAsId),
    })),
    votes: p.votes.map((v) => ({ ...v, participantId: personOf(v.participantId), itemId: itemOf(v.itemId) })),
    voteStatus: p.voteStatus,
    shortlist: p.shortlist.map((s) => ({ ...s, itemId: itemOf(s.itemId) })),
    ratings: p.ratings.map((r) => ({ ...r, raterId: r.raterId === null ? null : personOf(r.raterId), itemId: itemOf(r.itemId) })),
    overrides: p.overrides.map((o) => ({ ...o, itemId: itemOf(o.itemId) })),
    actions: p.actions.map((a) => ({ ...a, itemId: itemOf(a.itemId) })),
  };
}

/** The counter new action codes continue from: the highest imported A-nn. */
function lastActionNumber(p: PlenaryRecords): number {
  return p.actions.reduce((last, a) => Math.max(last, actionNumber(a.code) ?? 0), 0);
}

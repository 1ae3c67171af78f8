import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { ParticipantView } from '@/lib/realtime/contract';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { ideaSources, notes, participants, reactions, speakingTurns } from '@/db/schema';

export type ParticipantRow = typeof participants.$inferSelect;

export function toParticipantView(row: ParticipantRow): ParticipantView {
  return { id: row.id, displayName: row.displayName, groupLabel: row.groupLabel, joinedAt: row.joinedAt, tableId: row.tableId };
}

const statements = preparedStatements((db) => ({
  byId: db
    .select()
    .from(participants)
    .where(eq(participants.id, sql.placeholder('id')))
    .prepare(),
  byTokenHash: db
    .select()
    .from(participants)
    .where(eq(participants.tokenHash, sql.placeholder('tokenHash')))
    .prepare(),
  insert: db.$client.prepare(
    'insert into participants (id, session_id, token_hash, display_name, group_label, joined_at) values (@id, @sessionId, @tokenHash, @displayName, @groupLabel, @joinedAt)',
  ),
  countInSession: db
    .select({ n: count() })
    .from(participants)
    .where(eq(participants.sessionId, sql.placeholder('sessionId')))
    .prepare(),
  seated: db.$client.prepare<[string], { id: string; tableId: string }>(
    'select id, table_id as tableId from participants where session_id = ? and table_id is not null order by joined_at',
  ),
}));

/** Who sits at each table of a session now, in the order they joined (one read for the whole room). */
export function seatedByTable(db: Queryable, sessionId: string): Map<string, string[]> {
  const seated = new Map<string, string[]>();
  for (const { id, tableId } of statements(db).seated.all(sessionId)) {
    const people = seated.get(tableId);
    if (people) people.push(id);
    else seated.set(tableId, [id]);
  }
  return seated;
}

/** How many people joined a session (hosts included): what its capacity counts. */
export function countInSession(db: Queryable, sessionId: string): number {
  return statements(db).countInSession.get({ sessionId })?.n ?? 0;
}

export function getParticipantByTokenHash(db: Queryable, tokenHash: string): ParticipantRow | null {
  return statements(db).byTokenHash.get({ tokenHash }) ?? null;
}

export function getParticipant(db: Queryable, id: string): ParticipantRow | null {
  return statements(db).byId.get({ id }) ?? null;
}

export function listParticipants(db: Queryable, sessionId: string): ParticipantView[] {
  return db.select().from(participants).where(eq(participants.sessionId, sessionId)).orderBy(asc(participants.joinedAt)).all().map(toParticipantView);
}

export function insertParticipant(
  tx: Tx,
  row: { id: string; sessionId: string; tokenHash: string; displayName: string; groupLabel?: string | null; joinedAt: number },
): void {
  statements(tx).insert.run({ ...row, groupLabel: row.groupLabel ?? null });
}

export function setParticipantTokenHash(tx: Tx, id: string, tokenHash: string): void {
  tx.update(participants).set({ tokenHash }).where(eq(participants.id, id)).run();
}

export function getParticipantsByIds(db: Queryable, ids: readonly string[]): ParticipantRow[] {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(participants)
    .where(inArray(participants.id, [...ids]))
    .all();
}

/** These people, if every one of them is a participant of this session (else null: a stale or foreign id). */
export function participantsOfSession(db: Queryable, sessionId: string, ids: readonly string[]): ParticipantRow[] | null {
  const unique = [...new Set(ids)];
  const rows = db
    .select()
    .from(participants)
    .where(and(eq(participants.sessionId, sessionId), inArray(participants.id, unique)))
    .all();
  return rows.length === unique.length ? rows : null;
}

/** The tables whose views show something of these people: where they wrote notes, and where they gave +1s. */
export function tablesTouchedBy(db: Queryable, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const written = db
    .selectDistinct({ tableId: notes.tableId })
    .from(notes)
    .where(inArray(notes.authorId, [...ids]))
    .all();
  const plusOnes = db
    .selectDistinct({ tableId: reactions.tableId })
    .from(reactions)
    .where(inArray(reactions.participantId, [...ids]))
    .all();
  return [...new Set([...written, ...plusOnes].map((r) => r.tableId))];
}

/**
 * Removes people for good: their notes, +1s, votes, ratings, seats and wishes go with them (the
 * foreign keys cascade), and so do their places in speaking orders and as the source of an idea.
 * The ideas a host consolidated stay: they are the table's work. The caller unseats them first.
 */
export function deleteParticipants(tx: Tx, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const list = [...ids];
  tx.delete(ideaSources).where(inArray(ideaSources.authorId, list)).run();
  tx.delete(speakingTurns).where(inArray(speakingTurns.participantId, list)).run();
  tx.delete(participants).where(inArray(participants.id, list)).run();
}

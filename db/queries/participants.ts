import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { ParticipantView } from '@/lib/realtime/contract';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { participants } from '@/db/schema';

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
}));

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

import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { JoinRequestView } from '@/lib/realtime/contract';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { joinRequests } from '@/db/schema';

export type JoinRequestRow = typeof joinRequests.$inferSelect;

const statements = preparedStatements((db) => ({
  byDevice: db
    .select()
    .from(joinRequests)
    .where(and(eq(joinRequests.sessionId, sql.placeholder('sessionId')), eq(joinRequests.device, sql.placeholder('device'))))
    .prepare(),
  waitingCount: db
    .select({ n: count() })
    .from(joinRequests)
    .where(and(eq(joinRequests.sessionId, sql.placeholder('sessionId')), eq(joinRequests.status, 'waiting')))
    .prepare(),
}));

/** This device's request to join this session, if any. */
export function joinRequestOf(db: Queryable, sessionId: string, device: string): JoinRequestRow | null {
  return statements(db).byDevice.get({ sessionId, device }) ?? null;
}

export function countWaiting(db: Queryable, sessionId: string): number {
  return statements(db).waitingCount.get({ sessionId })?.n ?? 0;
}

/** Everyone waiting to be let in, oldest first (what the organiser decides on). */
export function waitingRequests(db: Queryable, sessionId: string): JoinRequestView[] {
  return db
    .select({ id: joinRequests.id, displayName: joinRequests.displayName, groupLabel: joinRequests.groupLabel, requestedAt: joinRequests.requestedAt })
    .from(joinRequests)
    .where(and(eq(joinRequests.sessionId, sessionId), eq(joinRequests.status, 'waiting')))
    .orderBy(asc(joinRequests.requestedAt), asc(joinRequests.id))
    .all();
}

/** These waiting requests of the session, if every one of them is (else null: decided meanwhile, or unknown). */
export function waitingByIds(db: Queryable, sessionId: string, ids: readonly string[]): JoinRequestRow[] | null {
  const unique = [...new Set(ids)];
  const rows = db
    .select()
    .from(joinRequests)
    .where(and(eq(joinRequests.sessionId, sessionId), eq(joinRequests.status, 'waiting'), inArray(joinRequests.id, unique)))
    .all();
  return rows.length === unique.length ? rows : null;
}

export function insertJoinRequest(tx: Tx, row: typeof joinRequests.$inferInsert): void {
  tx.insert(joinRequests).values(row).run();
}

/** The request was let in: it keeps the participant made for it until the phone comes for its token. */
export function markApproved(tx: Tx, id: string, participantId: string): void {
  tx.update(joinRequests).set({ status: 'approved', participantId }).where(eq(joinRequests.id, id)).run();
}

export function deleteJoinRequests(tx: Tx, ids: readonly string[]): void {
  if (ids.length === 0) return;
  tx.delete(joinRequests)
    .where(inArray(joinRequests.id, [...ids]))
    .run();
}

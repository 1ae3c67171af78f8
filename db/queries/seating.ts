import { and, asc, eq, sql } from 'drizzle-orm';
import type { TableColour, TableSummary } from '@/lib/realtime/contract';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { cafeTables, participants } from '@/db/schema';

export type TableRow = typeof cafeTables.$inferSelect;

export function listTableRows(db: Queryable, sessionId: string): TableRow[] {
  return db.select().from(cafeTables).where(eq(cafeTables.sessionId, sessionId)).orderBy(asc(cafeTables.position)).all();
}

export function getTable(db: Queryable, tableId: string): TableRow | null {
  return statements(db).byId.get({ id: tableId }) ?? null;
}

export function getTableByNumber(db: Queryable, sessionId: string, number: number): TableRow | null {
  return (
    db
      .select()
      .from(cafeTables)
      .where(and(eq(cafeTables.sessionId, sessionId), eq(cafeTables.position, number - 1)))
      .get() ?? null
  );
}

/** Every table of a session with its host's name and head count (host included when seated there). */
export function tableSummaries(db: Queryable, sessionId: string): TableSummary[] {
  const rows = listTableRows(db, sessionId);
  const people = db
    .select({ id: participants.id, displayName: participants.displayName, tableId: participants.tableId })
    .from(participants)
    .where(eq(participants.sessionId, sessionId))
    .all();
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const seated = new Map<string, number>();
  for (const p of people) if (p.tableId) seated.set(p.tableId, (seated.get(p.tableId) ?? 0) + 1);
  return rows.map((t) => ({
    id: t.id,
    number: t.position + 1,
    name: t.name,
    colour: t.colour as TableColour,
    hostId: t.hostId,
    hostName: t.hostId ? (names.get(t.hostId) ?? null) : null,
    seated: seated.get(t.id) ?? 0,
  }));
}

export function rosterOf(db: Queryable, tableId: string): { id: string; displayName: string }[] {
  return db
    .select({ id: participants.id, displayName: participants.displayName })
    .from(participants)
    .where(eq(participants.tableId, tableId))
    .orderBy(asc(participants.joinedAt))
    .all();
}

export function seatParticipant(tx: Tx, participantId: string, tableId: string | null): void {
  statements(tx).seat.run(tableId, participantId);
}

/** Makes `participantId` the host of `tableId` (and of no other table); null leaves the table without host. */
export function setHost(tx: Tx, tableId: string, participantId: string | null): void {
  if (participantId) tx.update(cafeTables).set({ hostId: null }).where(eq(cafeTables.hostId, participantId)).run();
  tx.update(cafeTables).set({ hostId: participantId }).where(eq(cafeTables.id, tableId)).run();
}

const statements = preparedStatements((db) => ({
  byId: db
    .select()
    .from(cafeTables)
    .where(eq(cafeTables.id, sql.placeholder('id')))
    .prepare(),
  hostedBy: db
    .select()
    .from(cafeTables)
    .where(eq(cafeTables.hostId, sql.placeholder('participantId')))
    .prepare(),
  bumpSeq: db.$client.prepare('update cafe_tables set seq = seq + 1 where id = ?'),
  seat: db.$client.prepare('update participants set table_id = ? where id = ?'),
}));

/** The table this person hosts, if any. */
export function hostedTable(db: Queryable, participantId: string): TableRow | null {
  return statements(db).hostedBy.get({ participantId }) ?? null;
}

export function setRecapClosedRound(tx: Tx, tableId: string, round: number): void {
  tx.update(cafeTables).set({ recapClosedRound: round }).where(eq(cafeTables.id, tableId)).run();
}

/** A table's view changed: its sequence number goes up (clients keep the highest). */
export function bumpTableSeq(tx: Tx, tableIds: Iterable<string>): void {
  const bump = statements(tx).bumpSeq;
  for (const id of new Set(tableIds)) bump.run(id);
}

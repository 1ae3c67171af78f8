import { and, eq, gte, sql } from 'drizzle-orm';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { roundSeats, rotationPlans } from '@/db/schema';

export type RoundSeatRow = typeof roundSeats.$inferSelect;
export type RotationPlanRow = typeof rotationPlans.$inferSelect;

export function seatsOfSession(db: Queryable, sessionId: string): RoundSeatRow[] {
  return db.select().from(roundSeats).where(eq(roundSeats.sessionId, sessionId)).all();
}

export function seatsOfRound(db: Queryable, sessionId: string, round: number): RoundSeatRow[] {
  return db
    .select()
    .from(roundSeats)
    .where(and(eq(roundSeats.sessionId, sessionId), eq(roundSeats.roundIndex, round)))
    .all();
}

/** Replaces the planned (not yet applied) seats of rounds ≥ `fromRound`. */
export function replacePlanned(tx: Tx, sessionId: string, fromRound: number, rows: Omit<RoundSeatRow, 'status' | 'checkedInAt'>[]): void {
  tx.delete(roundSeats)
    .where(and(eq(roundSeats.sessionId, sessionId), gte(roundSeats.roundIndex, fromRound), eq(roundSeats.status, 'planned')))
    .run();
  for (let i = 0; i < rows.length; i += 500) {
    tx.insert(roundSeats)
      .values(rows.slice(i, i + 500).map((r) => ({ ...r, status: 'planned' as const, checkedInAt: null })))
      .run();
  }
}

export function setSeatTable(tx: Tx, sessionId: string, round: number, participantId: string, tableId: string): void {
  tx.update(roundSeats)
    .set({ tableId })
    .where(and(eq(roundSeats.sessionId, sessionId), eq(roundSeats.roundIndex, round), eq(roundSeats.participantId, participantId)))
    .run();
}

export function markApplied(tx: Tx, sessionId: string, round: number): void {
  tx.update(roundSeats)
    .set({ status: 'applied', checkedInAt: null })
    .where(and(eq(roundSeats.sessionId, sessionId), eq(roundSeats.roundIndex, round)))
    .run();
}

/** The seat a rotation sent this person to, until the round starts (checked in or not). */
export function appliedSeat(db: Queryable, participantId: string): RoundSeatRow | null {
  return statements(db).applied.get({ participantId }) ?? null;
}

export function checkIn(tx: Tx, sessionId: string, round: number, participantId: string, now: number): void {
  statements(tx).checkIn.run(now, sessionId, round, participantId);
}

/**
 * A round starts: who sits where becomes its history (what later plans mix against), and the
 * rotation's check-in list for it is closed.
 */
export function recordRoundSeating(tx: Tx, sessionId: string, round: number): void {
  const s = statements(tx);
  s.clearRound.run(sessionId, round);
  // Everyone seated now, in one statement (2,000 people: no row travels through JavaScript).
  s.recordSeated.run(round, sessionId);
}

const statements = preparedStatements((db) => ({
  applied: db
    .select()
    .from(roundSeats)
    .where(and(eq(roundSeats.participantId, sql.placeholder('participantId')), eq(roundSeats.status, 'applied')))
    .prepare(),
  checkIn: db.$client.prepare(
    'update round_seats set checked_in_at = ? where session_id = ? and round_index = ? and participant_id = ? and checked_in_at is null',
  ),
  clearRound: db.$client.prepare('delete from round_seats where session_id = ? and round_index = ?'),
  recordSeated: db.$client.prepare(
    `insert into round_seats (session_id, round_index, participant_id, table_id, status, checked_in_at)
     select session_id, ?, id, table_id, 'seated', null from participants where session_id = ? and table_id is not null`,
  ),
}));

export function getRotationPlan(db: Queryable, sessionId: string): RotationPlanRow | null {
  return db.select().from(rotationPlans).where(eq(rotationPlans.sessionId, sessionId)).get() ?? null;
}

export function saveRotationPlan(tx: Tx, row: RotationPlanRow): void {
  tx.insert(rotationPlans)
    .values(row)
    .onConflictDoUpdate({
      target: rotationPlans.sessionId,
      set: { fromRound: row.fromRound, seed: row.seed, maxMeetings: row.maxMeetings, createdAt: row.createdAt },
    })
    .run();
}

/**
 * The dot vote's writes and reads, as statements prepared once per database: at 2,000 phones the
 * vote is the hot path. They run on the connection or inside a command's transaction (same
 * connection, so they are part of it).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Allocation } from '@/lib/domain/plenary/vote';
import { inJsonList, preparedStatements, type Queryable } from '@/db/client';
import { plenaryVotes } from '@/db/schema';

const statements = preparedStatements((db) => ({
  upsert: db
    .insert(plenaryVotes)
    .values({
      sessionId: sql.placeholder('sessionId'),
      participantId: sql.placeholder('participantId'),
      itemId: sql.placeholder('itemId'),
      dots: sql.placeholder('dots'),
    })
    .onConflictDoUpdate({ target: [plenaryVotes.participantId, plenaryVotes.itemId], set: { dots: sql`excluded.dots` } })
    .prepare(),
  remove: db
    .delete(plenaryVotes)
    .where(and(eq(plenaryVotes.participantId, sql.placeholder('participantId')), eq(plenaryVotes.itemId, sql.placeholder('itemId'))))
    .prepare(),
  allocation: db
    .select({ itemId: plenaryVotes.itemId, dots: plenaryVotes.dots })
    .from(plenaryVotes)
    .where(eq(plenaryVotes.participantId, sql.placeholder('participantId')))
    .prepare(),
  // Voters whose dots on the listed items (a JSON array) reach `full`.
  fullVoters: db
    .select({ n: sql<number>`count(*)` })
    .from(
      db
        .select({ total: sql<number>`sum(${plenaryVotes.dots})`.as('total') })
        .from(plenaryVotes)
        .where(and(eq(plenaryVotes.sessionId, sql.placeholder('sessionId')), inJsonList(plenaryVotes.itemId, 'itemIds')))
        .groupBy(plenaryVotes.participantId)
        .as('per_voter'),
    )
    .where(sql`total >= ${sql.placeholder('full')}`)
    .prepare(),
  tally: db
    .select({ itemId: plenaryVotes.itemId, dots: sql<number>`sum(${plenaryVotes.dots})`, voters: sql<number>`count(*)` })
    .from(plenaryVotes)
    .where(and(eq(plenaryVotes.sessionId, sql.placeholder('sessionId')), sql`${plenaryVotes.dots} > 0`))
    .groupBy(plenaryVotes.itemId)
    .prepare(),
}));

/** Puts `dots` on an item for a person (0 removes the row): a retry writes the same value again. */
export function setVoteDots(db: Queryable, sessionId: string, participantId: string, itemId: string, dots: number): void {
  if (dots > 0) statements(db).upsert.run({ sessionId, participantId, itemId, dots });
  else statements(db).remove.run({ participantId, itemId });
}

/** Writes the rows an allocation change computed (see lib/domain/plenary/vote.ts). */
export function applyVoteChanges(db: Queryable, sessionId: string, participantId: string, changes: readonly { itemId: string; dots: number }[]): void {
  for (const { itemId, dots } of changes) setVoteDots(db, sessionId, participantId, itemId, dots);
}

/** One person's dots, item by item (items that no longer exist included: filter them with the items). */
export function loadAllocation(db: Queryable, participantId: string): Allocation {
  const allocation: Record<string, number> = {};
  for (const row of statements(db).allocation.all({ participantId })) allocation[row.itemId] = row.dots;
  return allocation;
}

/**
 * How many people have placed at least `full` dots on the listed items (the "28" of "28 of 41 have
 * voted"; `full` from fullAllocation). Counted in SQL: no vote row leaves the database.
 */
export function countFullVoters(db: Queryable, sessionId: string, itemIds: readonly string[], full: number): number {
  if (full <= 0 || itemIds.length === 0) return 0;
  return statements(db).fullVoters.get({ sessionId, itemIds: JSON.stringify(itemIds), full })?.n ?? 0;
}

/**
 * Dots and voters per item, added up in SQL (the ranking's input once the vote is closed: who put
 * dots where never leaves the database). Items nobody voted for are absent.
 */
export function tallyVotes(db: Queryable, sessionId: string): Map<string, { dots: number; voters: number }> {
  return new Map(
    statements(db)
      .tally.all({ sessionId })
      .map((row) => [row.itemId, { dots: row.dots, voters: row.voters }]),
  );
}

/**
 * The dot vote's writes and reads, as statements prepared once per database: at 2,000 phones the
 * vote is the hot path. Run them inside the command's transaction (`deps.db.transaction`): they use
 * the same connection, so they are part of it.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Allocation } from '@/lib/domain/plenary/vote';
import type { Db } from '@/db/client';
import { plenaryVotes } from '@/db/schema';

function prepareVoteStatements(db: Db) {
  return {
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
          .where(
            and(
              eq(plenaryVotes.sessionId, sql.placeholder('sessionId')),
              sql`${plenaryVotes.itemId} in (select value from json_each(${sql.placeholder('itemIds')}))`,
            ),
          )
          .groupBy(plenaryVotes.participantId)
          .as('per_voter'),
      )
      .where(sql`total >= ${sql.placeholder('full')}`)
      .prepare(),
  };
}

type VoteStatements = ReturnType<typeof prepareVoteStatements>;
const prepared = new WeakMap<Db, VoteStatements>();

function statements(db: Db): VoteStatements {
  let s = prepared.get(db);
  if (!s) {
    s = prepareVoteStatements(db);
    prepared.set(db, s);
  }
  return s;
}

/** Puts `dots` on an item for a person (0 removes the row): a retry writes the same value again. */
export function setVoteDots(db: Db, sessionId: string, participantId: string, itemId: string, dots: number): void {
  if (dots > 0) statements(db).upsert.run({ sessionId, participantId, itemId, dots });
  else statements(db).remove.run({ participantId, itemId });
}

/** Writes the rows an allocation change computed (see lib/domain/plenary/vote.ts). */
export function applyVoteChanges(db: Db, sessionId: string, participantId: string, changes: readonly { itemId: string; dots: number }[]): void {
  for (const { itemId, dots } of changes) setVoteDots(db, sessionId, participantId, itemId, dots);
}

/** One person's dots, item by item. */
export function loadAllocation(db: Db, participantId: string): Allocation {
  const allocation: Record<string, number> = {};
  for (const row of statements(db).allocation.all({ participantId })) allocation[row.itemId] = row.dots;
  return allocation;
}

/**
 * How many people have placed at least `full` dots on the listed items (the "28" of "28 of 41 have
 * voted"; `full` from fullAllocation). Counted in SQL: no vote row leaves the database.
 */
export function countFullVoters(db: Db, sessionId: string, itemIds: readonly string[], full: number): number {
  if (full <= 0 || itemIds.length === 0) return 0;
  return statements(db).fullVoters.get({ sessionId, itemIds: JSON.stringify(itemIds), full })?.n ?? 0;
}

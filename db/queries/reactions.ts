import { and, eq } from 'drizzle-orm';
import type { Queryable, Tx } from '@/db/client';
import { reactions } from '@/db/schema';

/** Sets or clears one person's +1 (idempotent both ways). */
export function setReaction(tx: Tx, row: typeof reactions.$inferInsert, on: boolean): void {
  if (on) tx.insert(reactions).values(row).onConflictDoNothing().run();
  else
    tx.delete(reactions)
      .where(and(eq(reactions.targetId, row.targetId), eq(reactions.participantId, row.participantId)))
      .run();
}

/** Who gave +1 to what, for one table. */
export function reactionsAt(db: Queryable, tableId: string): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  for (const r of db.select().from(reactions).where(eq(reactions.tableId, tableId)).all()) {
    byTarget.set(r.targetId, [...(byTarget.get(r.targetId) ?? []), r.participantId]);
  }
  return byTarget;
}

/** What one person gave a +1 to, in a session. */
export function myReactions(db: Queryable, participantId: string): string[] {
  return db
    .select({ targetId: reactions.targetId })
    .from(reactions)
    .where(eq(reactions.participantId, participantId))
    .all()
    .map((r) => r.targetId);
}

/** Removes every +1 given to something deleted. */
export function setReactionsCleared(tx: Tx, targetId: string): void {
  tx.delete(reactions).where(eq(reactions.targetId, targetId)).run();
}

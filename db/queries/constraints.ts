import { and, asc, count, eq } from 'drizzle-orm';
import type { ConstraintView } from '@/lib/realtime/contract';
import type { Queryable, Tx } from '@/db/client';
import { seatingConstraints } from '@/db/schema';

export type ConstraintRow = typeof seatingConstraints.$inferSelect;

/** A stored wish as the protocol shows it. */
export function toConstraintView(row: ConstraintRow): ConstraintView {
  if (row.kind === 'stay') return { id: row.id, kind: 'stay', person: row.personA, tableId: row.tableId ?? '', round: row.roundIndex };
  return { id: row.id, kind: row.kind, a: row.personA, b: row.personB ?? '', round: row.roundIndex };
}

/** The session's wishes, oldest first. */
export function listConstraints(db: Queryable, sessionId: string): ConstraintView[] {
  return db
    .select()
    .from(seatingConstraints)
    .where(eq(seatingConstraints.sessionId, sessionId))
    .orderBy(asc(seatingConstraints.createdAt), asc(seatingConstraints.id))
    .all()
    .map(toConstraintView);
}

export function countConstraints(db: Queryable, sessionId: string): number {
  return db.select({ n: count() }).from(seatingConstraints).where(eq(seatingConstraints.sessionId, sessionId)).get()?.n ?? 0;
}

export function insertConstraint(tx: Tx, row: typeof seatingConstraints.$inferInsert): void {
  tx.insert(seatingConstraints).values(row).run();
}

/** Deletes one wish of this session; false when there is none with this id. */
export function deleteConstraint(tx: Tx, sessionId: string, id: string): boolean {
  return (
    tx
      .delete(seatingConstraints)
      .where(and(eq(seatingConstraints.sessionId, sessionId), eq(seatingConstraints.id, id)))
      .run().changes > 0
  );
}

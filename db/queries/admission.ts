import { count, eq, sql } from 'drizzle-orm';
import type { Doors } from '@/lib/domain/admission';
import { preparedStatements, type Queryable, type Tx } from '@/db/client';
import { cafeTables, sessions } from '@/db/schema';

const statements = preparedStatements((db) => ({
  tableCount: db
    .select({ n: count() })
    .from(cafeTables)
    .where(eq(cafeTables.sessionId, sql.placeholder('sessionId')))
    .prepare(),
}));

/** How many tables a session has (its capacity follows from them when no head count is expected). */
export function tableCountOf(db: Queryable, sessionId: string): number {
  return statements(db).tableCount.get({ sessionId })?.n ?? 0;
}

/** The organiser's doors and expected head count; a field left undefined stays as it is. */
export function setAdmission(tx: Tx, sessionId: string, change: { doors?: Doors; expectedPeople?: number | null }, now: number): void {
  tx.update(sessions)
    .set({ ...change, updatedAt: now })
    .where(eq(sessions.id, sessionId))
    .run();
}

import { tableCountOf } from '@/db/queries/admission';
import type { Queryable } from '@/db/client';
import { getSessionRow, type SessionRow } from '@/db/queries/sessions';
import { capacityOf } from '@/lib/domain/admission';
import type { Admission } from '@/lib/realtime/contract';

/** The doors and the capacity of a session, as the console and the phones that have not joined see them. */
export function admissionOf(db: Queryable, row: SessionRow): Admission {
  const { capacity, from, people, margin } = capacityOf({ tables: tableCountOf(db, row.id), maxPerTable: row.maxPerTable, expectedPeople: row.expectedPeople });
  return { doors: row.doors, capacity, basis: { from, people, margin }, expectedPeople: row.expectedPeople };
}

/** The same, read by session id (null once the session is gone). */
export function admissionOfSession(db: Queryable, sessionId: string): Admission | null {
  const row = getSessionRow(db, sessionId);
  return row ? admissionOf(db, row) : null;
}

import { getTableByNumber } from '@/db/queries/seating';
import { getSessionRowByCode } from '@/db/queries/sessions';
import type { TableRef } from '@/lib/realtime/contract';
import { tableRefOf } from '@/lib/realtime/server/arrival';
import { routeDb } from '@/lib/server/route-helpers';

/**
 * The table a table's link opens ("Table 2 — Green"), which the phone names when it asks before
 * moving someone; null when the code or the number matches none. Phones do not hold every table's
 * name (see `SessionView`); what is printed on the table is no secret from whoever holds its link.
 */
export function linkedTable(code: string, number: number): TableRef | null {
  if (number < 1) return null;
  const db = routeDb();
  const session = getSessionRowByCode(db, code);
  const table = session ? getTableByNumber(db, session.id, number) : null;
  return table ? tableRefOf(table) : null;
}

import type { Queryable, Tx } from '@/db/client';
import { appliedSeat, checkIn } from '@/db/queries/round-seats';
import { bumpTableSeq, getTable, type TableRow } from '@/db/queries/seating';
import type { Arrival, TableColour, TableRef } from '@/lib/realtime/contract';

/** A table as every client names it. */
export function tableRefOf(table: TableRow): TableRef {
  return { id: table.id, number: table.position + 1, name: table.name, colour: table.colour as TableColour };
}

/** Where a rotation sent this person, and whether they have arrived (null when no rotation is under way). */
export function arrivalOf(db: Queryable, participantId: string): Arrival | null {
  const seat = appliedSeat(db, participantId);
  const table = seat ? getTable(db, seat.tableId) : null;
  return seat && table ? { round: seat.roundIndex, tableId: seat.tableId, checkedIn: seat.checkedInAt !== null, table: tableRefOf(table) } : null;
}

/** Marks this person arrived at their rotation's table; returns the table whose roster changed. */
export function arrive(tx: Tx, sessionId: string, participantId: string, now: number): string | null {
  const seat = appliedSeat(tx, participantId);
  if (!seat || seat.checkedInAt !== null) return null;
  checkIn(tx, sessionId, seat.roundIndex, participantId, now);
  bumpTableSeq(tx, [seat.tableId]);
  return seat.tableId;
}

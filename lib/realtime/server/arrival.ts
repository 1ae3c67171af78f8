import { appliedSeat } from '@/db/queries/round-seats';
import type { Db } from '@/db/client';
import type { Tx } from '@/db/queries/sessions';
import type { Arrival } from '@/lib/realtime/contract';

/** Where a rotation sent this person, and whether they have arrived (null when no rotation is under way). */
export function arrivalOf(db: Db | Tx, participantId: string): Arrival | null {
  const seat = appliedSeat(db, participantId);
  return seat ? { round: seat.roundIndex, tableId: seat.tableId, checkedIn: seat.checkedInAt !== null } : null;
}

import { getParticipant } from '@/db/queries/participants';
import { bumpTableSeq, getTable, hostedTable, setHost, seatParticipant, type TableRow } from '@/db/queries/seating';
import type { Tx } from '@/db/client';
import { moveNotesOf } from '@/db/queries/notes';
import { loadQueue, saveQueue } from '@/db/queries/speaking';
import { canChangeSeats, notesFollowingMover } from '@/lib/domain/seating-rules';
import { addSpeaker, removeSpeaker } from '@/lib/domain/speaking-order';
import { CommandError } from './command-error';
import type { SessionContext } from './session-context';

/** A table of this session, or not-found. */
export function requireTable(tx: Tx, sessionId: string, tableId: string): TableRow {
  const table = getTable(tx, tableId);
  if (!table || table.sessionId !== sessionId) throw new CommandError('not-found', 'no such table');
  return table;
}

export type Move = { participantId: string; from: string | null; tableId: string | null };

/** Seats change until the café is closed: after that, session-closed. */
export function requireSeatsOpen(ctx: SessionContext): void {
  if (!canChangeSeats(ctx.live.stage)) throw new CommandError('session-closed', 'the session is closed: seats no longer change');
}

/**
 * Seats someone at a table (or nowhere) and keeps the rest consistent: a host who leaves their table
 * stops hosting it; during the reflection the person's notes of the round go with them (shared
 * notes stay where they were shared); during the sharing the person leaves one speaking order and
 * joins the other's end. Returns the move and every table whose view changed.
 */
export function moveParticipant(tx: Tx, ctx: SessionContext, participantId: string, to: string | null, now: number): { move: Move; changed: string[] } {
  requireSeatsOpen(ctx);
  const person = getParticipant(tx, participantId);
  if (!person || person.sessionId !== ctx.row.id) throw new CommandError('not-found', 'no such participant');
  const from = person.tableId;
  const changed: string[] = [];
  const hosted = hostedTable(tx, participantId);
  if (hosted && hosted.id !== to) {
    setHost(tx, hosted.id, null);
    changed.push(hosted.id);
  }
  if (from !== to) {
    seatParticipant(tx, participantId, to);
    const { stage } = ctx.live;
    if (stage.kind === 'phase' && stage.phase === 'sharing') {
      const leaving = from ? loadQueue(tx, from, stage.round) : null;
      if (from && leaving) saveQueue(tx, from, stage.round, removeSpeaker(leaving, participantId, now));
      const joining = to ? loadQueue(tx, to, stage.round) : null;
      if (to && joining) saveQueue(tx, to, stage.round, addSpeaker(joining, participantId, now));
    }
    if (from) changed.push(from);
    if (to) changed.push(to);
  }
  // Also after a stay at no table: notes left behind then join their author now.
  const round = notesFollowingMover(ctx.live.stage);
  const left = to && round !== null ? moveNotesOf(tx, participantId, round, to) : [];
  if (to && left.length > 0) changed.push(...left, to);
  const tables = [...new Set(changed)];
  bumpTableSeq(tx, tables);
  return { move: { participantId, from, tableId: to }, changed: tables };
}

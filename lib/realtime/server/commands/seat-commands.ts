import { listParticipants } from '@/db/queries/participants';
import { appliedSeat } from '@/db/queries/round-seats';
import { bumpTableSeq, getTable, getTableByNumber, setHost, tableSummaries } from '@/db/queries/seating';
import { fillTables } from '@/lib/domain/fill-tables';
import { hostAssignSchema, seatAssignSchema, seatFillSchema, seatTakeSchema } from '@/lib/realtime/contract';
import { participant, sessionOrganiser } from '@/lib/realtime/server/auth';
import type { Broadcaster } from '@/lib/realtime/server/broadcaster';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { arrive, tableRefOf } from '@/lib/realtime/server/arrival';
import { moveParticipant, requireSeatsOpen, requireTable, type Move } from '@/lib/realtime/server/seating-moves';

/** What to send after a seating change: each mover their seat, the tables their views, the organiser the summaries. */
function seatingChanged(broadcaster: Broadcaster, sessionId: string, moves: Move[], changed: string[]) {
  return () => {
    broadcaster.seats(sessionId, moves);
    broadcaster.tables(sessionId, changed);
  };
}

/** A phone sits down by its table's QR (or becomes its host by the host link); after a rotation, that is the check-in. */
export const seatTakeCommand = declareCommand({
  event: 'seat:take',
  auth: participant,
  schema: seatTakeSchema,
  idempotent: true,
  run: ({ table: number, hostKey }, { tx, actor: phone, now, services: { broadcaster } }) => {
    requireSeatsOpen(phone);
    const table = getTableByNumber(tx, phone.row.id, number);
    if (!table) throw new CommandError('not-found', `there is no table ${number}`);
    const asHost = hostKey !== undefined;
    if (asHost && (!table.hostKey || table.hostKey !== hostKey)) throw new CommandError('forbidden', 'this host link is not valid');
    // After a rotation, scanning a table's QR is the check-in: the wrong table says where to go.
    const arrival = asHost ? null : appliedSeat(tx, phone.me.id);
    if (arrival && arrival.checkedInAt === null && arrival.tableId !== table.id) {
      const expected = getTable(tx, arrival.tableId);
      if (!expected) throw new CommandError('not-found', 'the table this person was sent to is gone');
      throw new CommandError('wrong-table', `this is table ${table.position + 1}: go to table ${expected.position + 1}`, undefined, tableRefOf(expected));
    }
    const arrived = arrival ? arrive(tx, phone.row.id, phone.me.id, now) : null;
    const { move, changed } = moveParticipant(tx, phone, phone.me.id, table.id, now);
    if (arrived) changed.push(arrived);
    if (asHost && table.hostId !== phone.me.id) {
      setHost(tx, table.id, phone.me.id);
      changed.push(table.id);
      bumpTableSeq(tx, [table.id]);
    }
    const announce = seatingChanged(broadcaster, phone.row.id, [move], changed);
    // Leaving one table for another on one's own: the organiser sees it (a first seat is no move).
    const selfMove =
      move.from !== null && move.from !== table.id
        ? { participantId: phone.me.id, displayName: phone.me.displayName, from: move.from, to: table.id, at: now }
        : null;
    return {
      result: { tableId: table.id, isHost: asHost || table.hostId === phone.me.id },
      afterCommit: () => {
        announce();
        if (selfMove) broadcaster.selfMoved(phone.row.id, selfMove);
        if (asHost) broadcaster.hosts(phone.row.id);
        if (arrived) broadcaster.checkedIn(phone.row.id, phone.me.id);
      },
    };
  },
});

/** The organiser places, moves or unseats someone. */
export const seatAssignCommand = declareCommand({
  event: 'seat:assign',
  auth: sessionOrganiser,
  schema: seatAssignSchema,
  idempotent: true,
  run: ({ participantId, tableId }, { tx, actor: session, now, services: { broadcaster } }) => {
    if (tableId !== null) requireTable(tx, session.row.id, tableId);
    const { move, changed } = moveParticipant(tx, session, participantId, tableId, now);
    return { result: {}, afterCommit: seatingChanged(broadcaster, session.row.id, [move], changed) };
  },
});

/** Everyone unseated goes to the smallest tables, below the maximum while one has room. */
export const seatFillCommand = declareCommand({
  event: 'seat:fill',
  auth: sessionOrganiser,
  schema: seatFillSchema,
  idempotent: true,
  run: (_input, { tx, actor: session, now, services: { broadcaster } }) => {
    requireSeatsOpen(session);
    const max = session.row.maxPerTable;
    const loads = tableSummaries(tx, session.row.id).map((t) => ({ tableId: t.id, seated: t.seated, max }));
    const unseated = listParticipants(tx, session.row.id)
      .filter((p) => p.tableId === null)
      .map((p) => p.id);
    const moves: Move[] = [];
    const changed: string[] = [];
    for (const seat of fillTables(loads, unseated)) {
      const result = moveParticipant(tx, session, seat.participantId, seat.tableId, now);
      moves.push(result.move);
      changed.push(...result.changed);
    }
    if (moves.length === 0) return { result: { seated: 0 } };
    return { result: { seated: moves.length }, afterCommit: seatingChanged(broadcaster, session.row.id, moves, changed) };
  },
});

/** The organiser designates or replaces a table's host (seating them there); the table keeps its content. */
export const hostAssignCommand = declareCommand({
  event: 'host:assign',
  auth: sessionOrganiser,
  schema: hostAssignSchema,
  idempotent: true,
  run: ({ tableId, participantId }, { tx, actor: session, now, services: { broadcaster } }) => {
    requireSeatsOpen(session);
    const table = requireTable(tx, session.row.id, tableId);
    const moves: Move[] = [];
    const changed = [table.id];
    if (participantId !== null) {
      const result = moveParticipant(tx, session, participantId, table.id, now);
      moves.push(result.move);
      changed.push(...result.changed);
    }
    setHost(tx, table.id, participantId);
    bumpTableSeq(tx, [table.id]);
    const announce = seatingChanged(broadcaster, session.row.id, moves, changed);
    return {
      result: {},
      afterCommit: () => {
        announce();
        broadcaster.hosts(session.row.id);
      },
    };
  },
});

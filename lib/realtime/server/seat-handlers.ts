import { appendEvent } from '@/db/queries/events';
import { listParticipants } from '@/db/queries/participants';
import { appliedSeat } from '@/db/queries/round-seats';
import { bumpTableSeq, getTable, getTableByNumber, setHost, tableSummaries } from '@/db/queries/seating';
import { arrive } from './rotation-handlers';
import type { Tx } from '@/db/queries/sessions';
import { fillTables } from '@/lib/domain/fill-tables';
import { hostAssignSchema, seatAssignSchema, seatFillSchema, seatTakeSchema } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { onCommand, type CommandContext } from './command';
import { moveParticipant, requirePhone, requireTable, type Move } from './table-context';
import { CommandError, type RealtimeSocket } from './types';
import { boundOrganiser, organiserSession } from './view-context';

/** Logs the seating change in the session's sequence and returns what to broadcast after the commit. */
function seatingChanged(tx: Tx, broadcaster: Broadcaster, sessionId: string, moves: Move[], changed: string[], now: number) {
  const seq = appendEvent(tx, sessionId, 'seating', { moves: moves.map(({ participantId, tableId }) => ({ participantId, tableId })) }, now);
  return () => {
    broadcaster.seating(sessionId, seq, moves);
    broadcaster.tables(sessionId, changed);
  };
}

/** Seats and hosts: a phone sits down by its table's QR (or host link); the organiser places people and hosts. */
export function registerSeatHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster): void {
  onCommand(
    socket,
    'seat:take',
    {
      allow: (identity) => identity.role === 'participant',
      schema: seatTakeSchema,
      idempotent: true,
      run: ({ table: number, hostKey }, { tx, identity, now }) => {
        const phone = requirePhone(tx, identity);
        const table = getTableByNumber(tx, phone.row.id, number);
        if (!table) throw new CommandError('not-found', `there is no table ${number}`);
        const asHost = hostKey !== undefined;
        if (asHost && (!table.hostKey || table.hostKey !== hostKey)) throw new CommandError('forbidden', 'this host link is not valid');
        // After a rotation, scanning a table's QR is the check-in: the wrong table says where to go.
        const arrival = asHost ? null : appliedSeat(tx, phone.me.id);
        if (arrival && arrival.checkedInAt === null && arrival.tableId !== table.id) {
          const expected = getTable(tx, arrival.tableId);
          throw new CommandError('wrong-table', `this is table ${number}: go to table ${(expected?.position ?? 0) + 1}`, undefined, {
            tableId: arrival.tableId,
            number: (expected?.position ?? 0) + 1,
          });
        }
        const arrived = arrival ? arrive(tx, phone.row.id, phone.me.id, now) : null;
        const { move, changed } = moveParticipant(tx, phone, phone.me.id, table.id, now);
        if (arrived) changed.push(arrived);
        if (asHost && table.hostId !== phone.me.id) {
          setHost(tx, table.id, phone.me.id);
          changed.push(table.id);
          bumpTableSeq(tx, [table.id]);
        }
        const broadcast = seatingChanged(tx, broadcaster, phone.row.id, [move], changed, now);
        return {
          result: { tableId: table.id, isHost: asHost || table.hostId === phone.me.id },
          broadcast: () => {
            broadcast();
            if (arrived) broadcaster.rotation(phone.row.id, [phone.me.id]);
          },
        };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'seat:assign',
    {
      allow: boundOrganiser,
      schema: seatAssignSchema,
      idempotent: true,
      run: ({ participantId, tableId }, { tx, identity, now }) => {
        const session = organiserSession(tx, identity);
        if (tableId !== null) requireTable(tx, session.row.id, tableId);
        const { move, changed } = moveParticipant(tx, session, participantId, tableId, now);
        return { result: {}, broadcast: seatingChanged(tx, broadcaster, session.row.id, [move], changed, now) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'seat:fill',
    {
      allow: boundOrganiser,
      schema: seatFillSchema,
      idempotent: true,
      run: (_input, { tx, identity, now }) => {
        const session = organiserSession(tx, identity);
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
        return { result: { seated: moves.length }, broadcast: seatingChanged(tx, broadcaster, session.row.id, moves, changed, now) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'host:assign',
    {
      allow: boundOrganiser,
      schema: hostAssignSchema,
      idempotent: true,
      run: ({ tableId, participantId }, { tx, identity, now }) => {
        const session = organiserSession(tx, identity);
        const table = requireTable(tx, session.row.id, tableId);
        const moves: Move[] = [];
        const changed = [table.id];
        if (participantId !== null) {
          const result = moveParticipant(tx, session, participantId, table.id, now);
          moves.push(result.move);
          changed.push(...result.changed);
        }
        // The table's notes and ideas stay with the table: a new host takes over its content.
        setHost(tx, table.id, participantId);
        bumpTableSeq(tx, [table.id]);
        return { result: {}, broadcast: seatingChanged(tx, broadcaster, session.row.id, moves, changed, now) };
      },
    },
    ctx,
  );
}

import { randomInt } from 'node:crypto';
import { appendEvent } from '@/db/queries/events';
import { appliedSeat, checkIn, markApplied, seatsOfRound, setSeatTable } from '@/db/queries/round-seats';
import { bumpTableSeq } from '@/db/queries/seating';
import type { Tx } from '@/db/queries/sessions';
import { checkInSchema, rotationApplySchema, rotationPlanSchema, rotationSwapSchema } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { onCommand, type CommandContext } from './command';
import { nextRoundOf, planNextRounds, rotationViewOf } from './rotation';
import { moveParticipant, requirePhone, type Move } from './table-context';
import { CommandError, type RealtimeSocket } from './types';
import { boundOrganiser, organiserSession } from './view-context';

/** Marks this person arrived at their rotation's table; returns the table whose roster changed. */
export function arrive(tx: Tx, sessionId: string, participantId: string, now: number): string | null {
  const seat = appliedSeat(tx, participantId);
  if (!seat || seat.checkedInAt !== null) return null;
  checkIn(tx, sessionId, seat.roundIndex, participantId, now);
  bumpTableSeq(tx, [seat.tableId]);
  return seat.tableId;
}

/** Rotation: the organiser previews the next seating (re-roll, swap two people), applies it; movers check in. */
export function registerRotationHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster): void {
  onCommand(
    socket,
    'rotation:plan',
    {
      allow: boundOrganiser,
      schema: rotationPlanSchema,
      idempotent: true,
      run: ({ seed, maxMeetings }, { tx, identity, now }) => {
        const session = organiserSession(tx, identity);
        const rotation = planNextRounds(tx, session, seed ?? randomInt(2 ** 31 - 1), maxMeetings ?? null, now);
        return { result: { rotation }, broadcast: () => broadcaster.rotation(session.row.id) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'rotation:swap',
    {
      allow: boundOrganiser,
      schema: rotationSwapSchema,
      idempotent: true,
      run: ({ a, b }, { tx, identity }) => {
        const session = organiserSession(tx, identity);
        const view = rotationViewOf(tx, session);
        if (!view) throw new CommandError('no-plan', 'preview a rotation first');
        if (view.status === 'applied') throw new CommandError('conflict', 'this rotation is already applied');
        const seatA = view.seats.find((s) => s.participantId === a);
        const seatB = view.seats.find((s) => s.participantId === b);
        if (!seatA || !seatB) throw new CommandError('not-found', 'both people must be in the plan');
        setSeatTable(tx, session.row.id, view.round, a, seatB.tableId);
        setSeatTable(tx, session.row.id, view.round, b, seatA.tableId);
        const rotation = rotationViewOf(tx, session)!;
        return { result: { rotation }, broadcast: () => broadcaster.rotation(session.row.id) };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'rotation:apply',
    {
      allow: boundOrganiser,
      schema: rotationApplySchema,
      idempotent: true,
      run: (_input, { tx, identity, now }) => {
        const session = organiserSession(tx, identity);
        const { stage } = session.live;
        if (stage.kind !== 'lobby' && stage.kind !== 'rotation')
          throw new CommandError('wrong-phase', 'a rotation is applied between rounds (or in the lobby for the first round)');
        const round = nextRoundOf(stage, session.roundCount);
        const planned = round === null ? [] : seatsOfRound(tx, session.row.id, round).filter((r) => r.status === 'planned');
        if (round === null || planned.length === 0) throw new CommandError('no-plan', 'preview a rotation first');
        const moves: Move[] = [];
        const changed: string[] = [];
        for (const seat of planned) {
          const result = moveParticipant(tx, session, seat.participantId, seat.tableId, now);
          moves.push(result.move);
          changed.push(...result.changed, seat.tableId);
        }
        markApplied(tx, session.row.id, round);
        bumpTableSeq(tx, changed);
        // Consolidated ideas stay with their table: a rotation moves people, never content.
        const seq = appendEvent(tx, session.row.id, 'rotation-applied', { round, moved: moves.length }, now);
        return {
          result: { moved: moves.length },
          broadcast: () => {
            broadcaster.seating(session.row.id, seq, moves);
            broadcaster.tables(session.row.id, changed);
            broadcaster.rotation(
              session.row.id,
              moves.map((m) => m.participantId),
            );
          },
        };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'seat:check-in',
    {
      allow: (identity) => identity.role === 'participant',
      schema: checkInSchema,
      idempotent: true,
      run: (_input, { tx, identity, now }) => {
        const phone = requirePhone(tx, identity);
        const tableId = arrive(tx, phone.row.id, phone.me.id, now);
        if (!tableId) return { result: { tableId: phone.me.tableId } };
        return {
          result: { tableId },
          broadcast: () => {
            broadcaster.tables(phone.row.id, [tableId]);
            broadcaster.rotation(phone.row.id, [phone.me.id]);
          },
        };
      },
    },
    ctx,
  );
}

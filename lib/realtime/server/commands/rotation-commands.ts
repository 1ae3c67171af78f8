import { randomInt } from 'node:crypto';
import { markApplied, seatsOfRound, setSeatTable } from '@/db/queries/round-seats';
import { bumpTableSeq } from '@/db/queries/seating';
import { nextRoundOf } from '@/lib/domain/rotation/next-round';
import { checkInSchema, rotationApplySchema, rotationPlanSchema, rotationSwapSchema } from '@/lib/realtime/contract';
import { arrive } from '@/lib/realtime/server/arrival';
import { participant, sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { DEFAULT_PLAN_BUDGET_MS } from '@/lib/domain/rotation/plan-rotation';
import { roomPlanRequest, rotationViewOf, storeRoomPlan } from '@/lib/realtime/server/rotation';
import { moveParticipant, type Move } from '@/lib/realtime/server/seating-moves';

/** Plans every round from the next one (omit the seed to re-roll). */
export const rotationPlanCommand = declareCommand({
  event: 'rotation:plan',
  auth: sessionOrganiser,
  schema: rotationPlanSchema,
  idempotent: true,
  run: ({ seed, maxMeetings }, { tx, actor: session, services: { planner } }) => {
    // The room is read now; the plan is made off the server's thread, and stored if the room is still the same.
    const request = roomPlanRequest(tx, session, seed ?? randomInt(2 ** 31 - 1), maxMeetings ?? null);
    return {
      later: planner.plan(request.input, { budgetMs: DEFAULT_PLAN_BUDGET_MS }).then((plan) => ({ tx: later, actor, now, services: { broadcaster } }) => {
        const rotation = storeRoomPlan(later, actor, request, plan, now);
        return { result: { rotation }, afterCommit: () => broadcaster.rotation(actor.row.id) };
      }),
    };
  },
});

/** Swaps two movers' tables in the next round's plan; the figures follow. */
export const rotationSwapCommand = declareCommand({
  event: 'rotation:swap',
  auth: sessionOrganiser,
  schema: rotationSwapSchema,
  idempotent: true,
  run: ({ a, b }, { tx, actor: session, services: { broadcaster } }) => {
    const view = rotationViewOf(tx, session);
    if (!view) throw new CommandError('no-plan', 'preview a rotation first');
    if (view.status === 'applied') throw new CommandError('conflict', 'this rotation is already applied');
    const seatA = view.seats.find((s) => s.participantId === a);
    const seatB = view.seats.find((s) => s.participantId === b);
    if (!seatA || !seatB) throw new CommandError('not-found', 'both people must be in the plan');
    setSeatTable(tx, session.row.id, view.round, a, seatB.tableId);
    setSeatTable(tx, session.row.id, view.round, b, seatA.tableId);
    const rotation = rotationViewOf(tx, session)!;
    return { result: { rotation }, afterCommit: () => broadcaster.rotation(session.row.id) };
  },
});

/** Sends every planned mover to their table; consolidated ideas stay with their tables. */
export const rotationApplyCommand = declareCommand({
  event: 'rotation:apply',
  auth: sessionOrganiser,
  schema: rotationApplySchema,
  idempotent: true,
  run: (_input, { tx, actor: session, now, services: { broadcaster } }) => {
    const { stage } = session.live;
    if (stage.kind !== 'lobby' && stage.kind !== 'rotation')
      throw new CommandError('wrong-phase', 'a rotation is applied between rounds (or in the lobby for the first round)');
    const round = nextRoundOf(stage, session.roundCount);
    const upcoming = round === null ? [] : seatsOfRound(tx, session.row.id, round);
    // Applied already (a second click, another tab): the same answer as swapping or re-planning it.
    if (upcoming.some((r) => r.status === 'applied')) throw new CommandError('conflict', 'this rotation is already applied');
    const planned = upcoming.filter((r) => r.status === 'planned');
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
    return {
      result: { moved: moves.length },
      afterCommit: () => {
        broadcaster.seats(session.row.id, moves);
        broadcaster.tables(session.row.id, changed);
        broadcaster.rotation(
          session.row.id,
          moves.map((m) => m.participantId),
        );
      },
    };
  },
});

/** "I'm here" at the destination of a rotation. */
export const checkInCommand = declareCommand({
  event: 'seat:check-in',
  auth: participant,
  schema: checkInSchema,
  idempotent: true,
  run: (_input, { tx, actor: phone, now, services: { broadcaster } }) => {
    const tableId = arrive(tx, phone.row.id, phone.me.id, now);
    if (!tableId) return { result: { tableId: phone.me.tableId } };
    return {
      result: { tableId },
      afterCommit: () => {
        broadcaster.tables(phone.row.id, [tableId]);
        broadcaster.checkedIn(phone.row.id, phone.me.id);
      },
    };
  },
});

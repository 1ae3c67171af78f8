import { listConstraints } from '@/db/queries/constraints';
import { listParticipants } from '@/db/queries/participants';
import { replacePlanned, saveRotationPlan, seatsOfRound, seatsOfSession, getRotationPlan } from '@/db/queries/round-seats';
import { listTableRows } from '@/db/queries/seating';
import type { Queryable, Tx } from '@/db/client';
import { rotationBound } from '@/lib/domain/rotation/lower-bound';
import { mixingFigures, unmetConstraints } from '@/lib/domain/rotation/mixing-figures';
import type { RotationInput, RotationPlan, RotationSetup, Seating } from '@/lib/domain/rotation/rotation-types';
import type { RotationProgress, RotationView } from '@/lib/realtime/contract';
import { nextRoundOf } from '@/lib/domain/rotation/next-round';
import { plannerConstraints, type PlannedWish } from '@/lib/domain/rotation/planner-constraints';
import { CommandError } from './command-error';
import type { SessionContext } from './session-context';

/** The rounds from `next` to the last one. */
function roundsFrom(next: number, roundCount: number): number[] {
  return Array.from({ length: roundCount - next }, (_, i) => next + i);
}

/**
 * The planner's view of the room: movers (everyone but the hosts) with their labels, tables with hosts
 * and the session's size limits, the organiser's wishes for the rounds still to seat, and the rounds
 * already seated.
 */
function roomOf(db: Queryable, ctx: SessionContext, next: number) {
  const sessionId = ctx.row.id;
  const tables = listTableRows(db, sessionId);
  const hosts = new Set(tables.flatMap((t) => (t.hostId ? [t.hostId] : [])));
  const seatRows = seatsOfSession(db, sessionId);
  const seatedBefore = new Set(seatRows.filter((r) => r.status === 'seated').map((r) => r.participantId));
  // Someone who sat in an earlier round and is now unseated has left; a late arrival (no history) is placed.
  const people = listParticipants(db, sessionId).filter((p) => !hosts.has(p.id) && !(p.tableId === null && seatedBefore.has(p.id)));
  const movers = new Set(people.map((p) => p.id));
  const history: Seating = {};
  for (const row of seatRows) {
    if (row.status !== 'seated' || !movers.has(row.participantId)) continue;
    (history[row.roundIndex] ??= {})[row.participantId] = row.tableId;
  }
  const { minPerTable, maxPerTable } = ctx.row;
  const limits = { ...(minPerTable !== null ? { min: minPerTable } : {}), ...(maxPerTable !== null ? { max: maxPerTable } : {}) };
  const wishes = plannerConstraints(listConstraints(db, sessionId), movers, roundsFrom(next, ctx.roundCount));
  const setup: RotationSetup = {
    people: people.map((p) => (p.groupLabel ? { id: p.id, label: p.groupLabel } : { id: p.id })),
    tables: tables.map((t) => ({ id: t.id, host: t.hostId, ...limits })),
    constraints: wishes.map((w) => w.constraint),
  };
  // Every seat row of the session too (planned and applied ones included), read once for the callers.
  return { setup, wishes, history, movers, seatRows };
}

function upcomingSeats(db: Queryable, sessionId: string, round: number) {
  return seatsOfRound(db, sessionId, round).filter((r) => r.status === 'planned' || r.status === 'applied');
}

/**
 * What a plan is made from: the room as it is now (movers, tables, wishes, the rounds already seated),
 * and a fingerprint of it, to check that nothing changed while the plan was made off the thread.
 */
export type RoomPlanRequest = { next: number; rounds: number[]; input: RotationInput; fingerprint: string; seed: number; maxMeetings: number | null };

/** Reads the room for a plan of every round from the next one on (re-planning absorbs arrivals and departures). */
export function roomPlanRequest(db: Queryable, ctx: SessionContext, seed: number, maxMeetings: number | null): RoomPlanRequest {
  const next = nextRoundOf(ctx.live.stage, ctx.roundCount);
  if (next === null) throw new CommandError('wrong-phase', 'no round is left to seat');
  if (upcomingSeats(db, ctx.row.id, next).some((r) => r.status === 'applied')) throw new CommandError('conflict', 'this rotation is already applied');
  const { setup, history, seatRows } = roomOf(db, ctx, next);
  const previous: Seating = {};
  for (const row of seatRows) if (row.status === 'planned') (previous[row.roundIndex] ??= {})[row.participantId] = row.tableId;
  const rounds = roundsFrom(next, ctx.roundCount);
  const input: RotationInput = { ...setup, ...(maxMeetings ? { maxMeetings } : {}), rounds, seated: history, previous, seed };
  return { next, rounds, input, fingerprint: JSON.stringify({ next, setup, history }), seed, maxMeetings };
}

/** Stores a plan made for `request`, if the room is still the one it was made for; returns the organiser's view of it. */
export function storeRoomPlan(tx: Tx, ctx: SessionContext, request: RoomPlanRequest, plan: RotationPlan, now: number): RotationView {
  const current = roomPlanRequest(tx, ctx, request.seed, request.maxMeetings);
  if (current.fingerprint !== request.fingerprint) throw new CommandError('conflict', 'the room changed while the plan was made: plan again');
  const rows = request.rounds.flatMap((round) =>
    Object.entries(plan.seats[round] ?? {}).map(([participantId, tableId]) => ({ sessionId: ctx.row.id, roundIndex: round, participantId, tableId })),
  );
  replacePlanned(tx, ctx.row.id, request.next, rows);
  saveRotationPlan(tx, { sessionId: ctx.row.id, fromRound: request.next, seed: request.seed, maxMeetings: request.maxMeetings, createdAt: now });
  const view = rotationViewOf(tx, ctx);
  if (!view) throw new CommandError('internal', 'the plan could not be stored');
  return view;
}

/** The rotation for the next round as the organiser sees it (figures recomputed from what is stored), or null. */
export function rotationViewOf(db: Queryable, ctx: SessionContext): RotationView | null {
  const next = nextRoundOf(ctx.live.stage, ctx.roundCount);
  const planRow = getRotationPlan(db, ctx.row.id);
  if (next === null || !planRow) return null;
  const upcoming = upcomingSeats(db, ctx.row.id, next);
  if (upcoming.length === 0) return null;
  const { setup, wishes, history, movers, seatRows } = roomOf(db, ctx, next);
  const seats: Seating = { ...history };
  for (const row of seatRows) {
    if (row.roundIndex >= next && row.status !== 'seated' && movers.has(row.participantId)) (seats[row.roundIndex] ??= {})[row.participantId] = row.tableId;
  }
  return {
    round: next,
    status: upcoming.some((r) => r.status === 'applied') ? 'applied' : 'planned',
    seed: planRow.seed,
    maxMeetings: planRow.maxMeetings,
    seats: upcoming.map((r) => ({ participantId: r.participantId, tableId: r.tableId, checkedIn: r.checkedInAt !== null })),
    figures: mixingFigures(setup, seats),
    bound: rotationBound(setup.people.length + setup.tables.length, setup.tables.length, ctx.roundCount),
    unmet: unmetOf(wishes, seats),
  };
}

/** Ids of the wishes a seating breaks (the wishes only name rounds still to seat). */
function unmetOf(wishes: readonly PlannedWish[], seats: Seating): string[] {
  const broken = new Set(
    unmetConstraints(
      wishes.map((w) => w.constraint),
      seats,
    ),
  );
  return wishes.filter((w) => broken.has(w.constraint)).map((w) => w.id);
}

/** How many movers have checked in at their new table, once a rotation is applied. */
export function progressOf(db: Queryable, ctx: SessionContext): RotationProgress | null {
  const next = nextRoundOf(ctx.live.stage, ctx.roundCount);
  if (next === null) return null;
  const applied = seatsOfRound(db, ctx.row.id, next).filter((r) => r.status === 'applied');
  if (applied.length === 0) return null;
  return { round: next, total: applied.length, checkedIn: applied.filter((r) => r.checkedInAt !== null).length };
}

/**
 * After the wishes change (or the session's sizes): a preview not yet applied is to be planned again
 * with the same seed and rule (staying close to it), so that what the organiser sees honours the
 * wishes. An applied rotation is never changed. Returns the request, or null when there is nothing to re-plan.
 */
export function previewReplanRequest(db: Queryable, ctx: SessionContext): RoomPlanRequest | null {
  const view = rotationViewOf(db, ctx);
  const planRow = getRotationPlan(db, ctx.row.id);
  if (!view || view.status !== 'planned' || !planRow) return null;
  return roomPlanRequest(db, ctx, planRow.seed, planRow.maxMeetings);
}

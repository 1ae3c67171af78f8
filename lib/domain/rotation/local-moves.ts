/**
 * The planner's small repairs, between a construction and the tabu search: seat whoever the
 * construction left out where they cost least, bring every table back inside its size band, and
 * swap whole schedules of two people (which keeps a construction's mixing intact) to spread labels
 * and honour constraints.
 */

import { randomInt, type Random } from '@/lib/domain/seeded-random';
import type { SeatingState } from './seating-state';

/** Which moves are allowed: (round, person) movable, per (round, table) size band, rounds being planned. */
export type MoveLimits = {
  movable: Uint8Array;
  low: Int32Array;
  high: Int32Array;
  planned: readonly number[];
};

/** Seats p in round k at the cheapest table that still has room (the least full one if none has). */
export function placeCheapest(state: SeatingState, limits: MoveLimits, k: number, p: number): void {
  const { T } = state;
  let bestTable = -1;
  let bestCost = Infinity;
  for (let t = 0; t < T; t++) {
    if (state.size(k, t) >= (limits.high[k * T + t] ?? 0)) continue;
    state.place(k, p, t);
    const c = state.cost() - state.size(k, t) * 1e-3;
    state.unplace(k, p);
    if (c < bestCost) {
      bestCost = c;
      bestTable = t;
    }
  }
  if (bestTable < 0) {
    let smallest = Infinity;
    for (let t = 0; t < T; t++) {
      const room = state.size(k, t) - (limits.high[k * T + t] ?? 0);
      if (room < smallest) {
        smallest = room;
        bestTable = t;
      }
    }
  }
  state.place(k, p, Math.max(0, bestTable));
}

/** The cheapest move of a movable occupant of `from` to one of `targets`, or null. */
function cheapestMove(state: SeatingState, limits: MoveLimits, k: number, from: number, targets: readonly number[]): { p: number; to: number } | null {
  let best: { p: number; to: number } | null = null;
  let bestCost = Infinity;
  for (const p of [...(state.occupants[k * state.T + from] ?? [])]) {
    if (!limits.movable[k * state.P + p]) continue;
    for (const to of targets) {
      state.move(k, p, to);
      const c = state.cost();
      state.move(k, p, from);
      if (c < bestCost) {
        bestCost = c;
        best = { p, to };
      }
    }
  }
  return best;
}

/** Moves people until every table of every planned round is inside its band (as far as movable people allow). */
export function repairSizes(state: SeatingState, limits: MoveLimits): void {
  const { T } = state;
  for (const k of limits.planned) {
    const low = (t: number): number => limits.low[k * T + t] ?? 0;
    const high = (t: number): number => limits.high[k * T + t] ?? 0;
    const tables = Array.from({ length: T }, (_, t) => t);
    for (let guard = 0; guard < state.P * 2; guard++) {
      const over = tables.find((t) => state.size(k, t) > high(t));
      const under = tables.find((t) => state.size(k, t) < low(t));
      let move: { p: number; to: number } | null = null;
      if (over !== undefined) {
        const starving = tables.filter((t) => state.size(k, t) < low(t));
        const targets = starving.length > 0 ? starving : tables.filter((t) => state.size(k, t) < high(t));
        move = cheapestMove(state, limits, k, over, targets);
      } else if (under !== undefined) {
        for (const from of tables.filter((t) => state.size(k, t) > low(t))) {
          const candidate = cheapestMove(state, limits, k, from, [under]);
          if (candidate) {
            move = candidate;
            break;
          }
        }
      }
      if (move === null) break;
      state.move(k, move.p, move.to);
    }
  }
}

/** Swaps the tables of p and q in every planned round where both may move. */
function swapSchedules(state: SeatingState, limits: MoveLimits, p: number, q: number): void {
  for (const k of limits.planned) {
    if (!limits.movable[k * state.P + p] || !limits.movable[k * state.P + q]) continue;
    const a = state.tableOf(k, p);
    const b = state.tableOf(k, q);
    if (a === b) continue;
    state.move(k, p, b);
    state.move(k, q, a);
  }
}

/**
 * Descent over whole-schedule swaps, for people who are over their label's fair share or in an
 * unmet constraint: keeps any swap that lowers the cost. Cheap, and on a fresh plan it never adds a
 * repeated pair, so it fixes labels without undoing a construction.
 */
export function scheduleSwapDescent(state: SeatingState, limits: MoveLimits, movers: readonly number[], random: Random, maxTries: number): void {
  if (movers.length < 2) return;
  let tries = 0;
  let improved = true;
  while (improved && tries < maxTries) {
    improved = false;
    for (const k of limits.planned) {
      for (let t = 0; t < state.T && tries < maxTries; t++) {
        for (const p of [...(state.occupants[k * state.T + t] ?? [])]) {
          if (!limits.movable[k * state.P + p] || !state.isConflictedBeyondMixing(k, p)) continue;
          const before = state.cost();
          // Every partner in a small room, a random sample of 24 in a large one.
          const partners = movers.length <= 200 ? movers.length : 24;
          const offset = randomInt(random, movers.length);
          for (let n = 0; n < partners && tries < maxTries; n++, tries++) {
            const q = movers[partners === movers.length ? (offset + n) % movers.length : randomInt(random, movers.length)] ?? p;
            if (q === p) continue;
            swapSchedules(state, limits, p, q);
            if (state.cost() < before) {
              improved = true;
              break;
            }
            swapSchedules(state, limits, p, q);
          }
        }
      }
    }
  }
}

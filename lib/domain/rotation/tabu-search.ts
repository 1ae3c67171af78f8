/**
 * Tabu search over single-round moves (swap two movers' tables, or move one to a table with room),
 * seeded from the best construction. Each step looks at a few people involved in something the
 * cost counts, tries every move for them, and takes the best move that is not tabu (a move back to a
 * table just left), or a tabu one that beats the best plan so far. After a long stall it restarts
 * from the best plan with a small random shake, and gives up after several restarts in a row that
 * found nothing better. The budget is counted in steps (deterministic for a
 * given seed) and, when the caller gives a clock, in time as well (then the plan may depend on speed).
 */

import { randomInt, type Random } from '@/lib/domain/seeded-random';
import type { SeatingState } from './seating-state';

/** Where moves are allowed and how long to search. */
export type TabuOptions = {
  random: Random;
  /** Per (round, person): 1 when the search may move them. */
  movable: Uint8Array;
  /** Per (round, table): the smallest and largest size allowed, host included. */
  low: Int32Array;
  high: Int32Array;
  /** Step budget. */
  maxSteps: number;
  /** Move evaluation budget (bounds the time on hard sizes whatever the step count). */
  maxEvaluations: number;
  /** Steps without a new best before a restart from the best. */
  stallSteps: number;
  /** Restarts in a row without a new best before the search gives up (the plan is as good as this search gets). */
  maxFruitlessRestarts: number;
  /** Stop as soon as this holds (the plan is at the bound: nothing left to gain). */
  done: (state: SeatingState) => boolean;
  /** Stop when this holds (the caller's time budget is spent); checked every few steps. */
  outOfTime?: () => boolean;
  /** People examined per step. */
  peoplePerStep: number;
  /** Tables tried per examined person (all when the room is smaller). */
  tablesPerPerson: number;
};

/** Steps between two looks at the clock (a step takes microseconds to a millisecond). */
const TIME_CHECK_STEPS = 4;

type Move = { k: number; p: number; q: number; to: number; from: number };

/** The conflicted (round, person) entries, as k·P + p, starting at a random point. */
function conflicted(state: SeatingState, movable: Uint8Array, random: Random, limit: number): number[] {
  const found: number[] = [];
  const total = state.K * state.P;
  const start = randomInt(random, total);
  for (let n = 0; n < total && found.length < limit; n++) {
    const e = (start + n) % total;
    if (!movable[e]) continue;
    const k = Math.floor(e / state.P);
    if (state.isConflicted(k, e - k * state.P)) found.push(e);
  }
  return found;
}

/** Applies a move (q = −1: a plain relocation). */
function apply(state: SeatingState, m: Move): void {
  state.move(m.k, m.p, m.to);
  if (m.q >= 0) state.move(m.k, m.q, m.from);
}

function snapshot(state: SeatingState): Int32Array {
  return state.seat.slice();
}

/** Improves `state` in place; leaves it at the best plan found. Returns the steps taken. */
export function tabuSearch(state: SeatingState, options: TabuOptions): number {
  const { random, movable, low, high } = options;
  const { P, T } = state;
  let best = state.cost();
  let bestSeats = snapshot(state);
  const tabuUntil = new Int32Array(state.K * P * T);
  let stall = 0;
  let fruitlessRestarts = 0;
  let step = 0;
  let evaluations = 0;
  for (; step < options.maxSteps && evaluations < options.maxEvaluations && !options.done(state); step++) {
    if (step % TIME_CHECK_STEPS === 0 && options.outOfTime?.()) break;
    const current = state.cost();
    let chosen: Move | null = null;
    let chosenCost = Infinity;
    let ties = 0;
    for (const e of conflicted(state, movable, random, options.peoplePerStep)) {
      const k = Math.floor(e / P);
      const p = e - k * P;
      const from = state.tableOf(k, p);
      const tablesTried = Math.min(T, options.tablesPerPerson);
      const offset = randomInt(random, T);
      for (let n = 0; n < tablesTried; n++) {
        const to = tablesTried === T ? n : (offset + n) % T;
        if (to === from) continue;
        const candidates: number[] = [];
        if (state.size(k, from) > (low[k * T + from] ?? 0) && state.size(k, to) < (high[k * T + to] ?? 0)) candidates.push(-1);
        for (const q of state.occupants[k * T + to] ?? []) if (movable[k * P + q]) candidates.push(q);
        for (const q of candidates) {
          const m: Move = { k, p, q, to, from };
          evaluations++;
          const c = current + (q >= 0 ? state.swapDelta(k, p, q) : state.moveDelta(k, p, to));
          const tabu = (tabuUntil[(k * P + p) * T + to] ?? 0) > step || (q >= 0 && (tabuUntil[(k * P + q) * T + from] ?? 0) > step);
          if (tabu && c >= best) continue;
          if (c < chosenCost) {
            chosen = m;
            chosenCost = c;
            ties = 1;
          } else if (c === chosenCost && randomInt(random, ++ties) === 0) {
            chosen = m;
          }
        }
      }
    }
    if (chosen === null) {
      // Nothing to try: the remaining cost is out of reach of single moves.
      if (current >= best) break;
      continue;
    }
    apply(state, chosen);
    const tenure = 4 + randomInt(random, 8);
    tabuUntil[(chosen.k * P + chosen.p) * T + chosen.from] = step + tenure;
    if (chosen.q >= 0) tabuUntil[(chosen.k * P + chosen.q) * T + chosen.to] = step + tenure;
    if (chosenCost < best) {
      best = chosenCost;
      bestSeats = snapshot(state);
      stall = 0;
      fruitlessRestarts = 0;
      if (options.done(state)) break;
    } else if (++stall > options.stallSteps) {
      if (++fruitlessRestarts > options.maxFruitlessRestarts) break;
      state.reseat(bestSeats, movable);
      shake(state, options, 2 + randomInt(random, 3));
      stall = 0;
    }
  }
  state.reseat(bestSeats, movable);
  return step;
}

/** A few random swaps within one round, to leave a local minimum. */
function shake(state: SeatingState, options: TabuOptions, swaps: number): void {
  const { P } = state;
  for (let i = 0; i < swaps; i++) {
    const e = randomInt(options.random, state.K * P);
    const f = randomInt(options.random, P);
    const k = Math.floor(e / P);
    const p = e - k * P;
    if (!options.movable[e] || !options.movable[k * P + f]) continue;
    const a = state.tableOf(k, p);
    const b = state.tableOf(k, f);
    if (a === b || a < 0 || b < 0) continue;
    state.move(k, p, b);
    state.move(k, f, a);
  }
}

/**
 * The rotation planner: seats every mover in every planned round so that, in this order, table
 * sizes stay balanced, nobody returns to a table, as few pairs as possible meet twice (down to the
 * proven lower bound), labels are spread and constraints are honoured (an unmet one is reported).
 *
 * Candidates — the algebraic constructions aligned with the seats already fixed, and the previous
 * plan when re-planning — are completed and repaired, the best one seeds a tabu search, and the
 * search stops as soon as it reaches the bound. Pure and deterministic for a given seed.
 */

import { constructions } from './construction';
import { placeCheapest, repairSizes, scheduleSwapDescent } from './local-moves';
import { rotationBound } from './lower-bound';
import { mixingFigures, unmetConstraints } from './mixing-figures';
import { preparePlanning, type PlanningContext } from './planning-context';
import type { PersonId, RotationInput, RotationPlan, Seating } from './rotation-types';
import { SeatingState } from './seating-state';
import { seededRandom, type Random } from '@/lib/domain/seeded-random';
import { slotProposal, type Proposal } from './slot-assignment';
import { tabuSearch } from './tabu-search';

export { sizeBands } from './size-bands';

/** The seed used when the caller gives none. */
export const DEFAULT_SEED = 20_240_601;

/** Builds a complete, size-repaired state from a proposal. */
function complete(ctx: PlanningContext, proposal: Proposal, random: Random, effort: number): SeatingState {
  const { shape, fixed, limits, planned, movers } = ctx;
  const { persons: P, tables: T, rounds: K } = shape;
  const state = new SeatingState(shape);
  for (let k = 0; k < K; k++) {
    for (let p = 0; p < P; p++) {
      const t = fixed[k * P + p] ?? -1;
      if (t >= 0) state.place(k, p, t);
    }
  }
  const pending: [number, number][] = [];
  for (const k of planned) {
    for (const p of movers) {
      if (!limits.movable[k * P + p]) continue;
      const t = proposal(k, p);
      if (t >= 0 && t < T) state.place(k, p, t);
      else pending.push([k, p]);
    }
  }
  for (const [k, p] of pending) placeCheapest(state, limits, k, p);
  repairSizes(state, limits);
  scheduleSwapDescent(state, limits, movers, random, Math.round(effort * 40 * Math.max(movers.length, 50)));
  return state;
}

/** Whether a state is as good as it can get: at the bound, labels spread, constraints met. */
function atBound(bound: ReturnType<typeof rotationBound>): (state: SeatingState) => boolean {
  return (state) =>
    state.violations === 0 && state.revisits <= bound.revisits && state.overCap === 0 && state.repeatedPairs <= bound.repeatedPairs && state.labelExcess === 0;
}

/** Plans the given rounds. */
export function planRotation(input: RotationInput): RotationPlan {
  const ctx = preparePlanning(input);
  const { shape, limits, planned, movers, personIds, horizon } = ctx;
  const { persons: P, tables: T, rounds: K } = shape;
  const effort = input.effort ?? 1;
  const random = seededRandom(input.seed ?? DEFAULT_SEED);
  const bound = rotationBound(movers.length + T, T, K);

  let best: SeatingState | null = null;
  if (T > 0 && planned.length > 0) {
    // Proposals are built lazily: the search stops at the first one that reaches the bound.
    const candidates: (() => Proposal | null)[] = [];
    if (input.previous) {
      const previous = input.previous;
      candidates.push(() => (k, p) => ctx.tableIndex.get(previous[horizon[k] ?? -1]?.[personIds[p] ?? ''] ?? '') ?? -1);
    }
    let seatedMovers = 0;
    for (let k = 0; k < K; k++) {
      let n = 0;
      for (const p of movers) if ((ctx.fixed[k * P + p] ?? -1) >= 0) n++;
      seatedMovers = Math.max(seatedMovers, n);
    }
    for (const build of constructions(T, K, Math.max(movers.length, seatedMovers))) {
      candidates.push(() => {
        const c = build();
        return c ? slotProposal(ctx, c.schedules) : null;
      });
    }
    const done = atBound(bound);
    const n = Math.max(movers.length, 1);
    const search = (state: SeatingState, share: number): void => {
      tabuSearch(state, {
        random,
        movable: limits.movable,
        low: limits.low,
        high: limits.high,
        maxSteps: Math.round(share * effort * Math.min(6000, 600_000 / n)),
        maxEvaluations: Math.round(share * effort * 4_000_000),
        stallSteps: Math.round(200 + 20 * Math.sqrt(n)),
        done,
        peoplePerStep: n > 200 ? 4 : n > 60 ? 8 : 1000,
        tablesPerPerson: 16,
      });
    };
    for (const [i, candidate] of candidates.entries()) {
      const proposal = candidate();
      if (proposal === null) continue;
      const state = complete(ctx, proposal, random, effort);
      // The previous plan usually needs only a few moves: try them before building anything else.
      if (i === 0 && input.previous && !done(state)) search(state, 0.02);
      if (best === null || state.cost() < best.cost()) best = state;
      if (done(best)) break;
    }
    if (best && !done(best)) search(best, 1);
  }

  const seats: Seating = {};
  for (const k of planned) {
    const round: Record<PersonId, string> = {};
    for (const p of movers) {
      const t = best ? best.tableOf(k, p) : -1;
      const table = input.tables[t];
      if (table) round[personIds[p] ?? ''] = table.id;
    }
    seats[horizon[k] ?? 0] = round;
  }
  const all: Seating = { ...(input.seated ?? {}), ...seats };
  return {
    seats,
    figures: mixingFigures(input, all),
    bound,
    unmet: unmetConstraints(input.constraints ?? [], seats, input.rounds),
  };
}

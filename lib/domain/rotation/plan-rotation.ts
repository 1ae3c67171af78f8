/**
 * The rotation planner: seats every mover in every planned round so that, in this order, table
 * sizes stay balanced, nobody returns to a table, as few pairs as possible meet twice (down to the
 * proven lower bound), labels are spread and constraints are honoured (an unmet one is reported).
 *
 * Candidates — the previous plan when re-planning, then the algebraic constructions aligned with
 * the seats already fixed, their slots handed out so labels are spread — are completed and
 * repaired; the best one seeds a tabu search, which stops as soon as it reaches the bound (or its
 * budget is spent), and labels are spread again over the result. Pure: the same input and seed
 * give the same plan, unless the caller passes a clock, when the time budget may cut the search.
 */

import { constructions } from './construction';
import { placeCheapest, repairSizes, scheduleSwapDescent } from './local-moves';
import { rotationBound } from './lower-bound';
import { mixingFigures, unmetConstraints } from './mixing-figures';
import { preparePlanning, type PlanningContext } from './planning-context';
import type { PersonId, RotationInput, RotationPlan, Seating } from './rotation-types';
import { SeatingState } from './seating-state';
import { seededRandom, type Random } from '@/lib/domain/seeded-random';
import { polishLabels, slotProposal, type Proposal } from './slot-assignment';
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

/** What a plan aims at: the bound's repeats and revisits, or a stored design's repeats where no construction reaches the bound. */
type Goal = { repeatedPairs: number; revisits: number };

/** Whether a state's mixing is as good as it can get: constraints met, revisits and repeats at the goal. */
function mixingAtGoal(state: SeatingState, goal: Goal): boolean {
  return state.violations === 0 && state.revisits <= goal.revisits && state.overCap === 0 && state.repeatedPairs <= goal.repeatedPairs;
}

/** Whether a state is as good as it can get: mixing at the goal and labels spread. */
function atGoal(goal: Goal): (state: SeatingState) => boolean {
  return (state) => mixingAtGoal(state, goal) && state.labelExcess === 0;
}

/** Share of the search budget for a plan whose only shortfall is labels (the least of the aims: a short try, not seconds). */
const LABELS_ONLY_SHARE = 0.1;

/** The default time budget of a plan when the caller passes a clock: well inside DESIGN's 1 s. */
export const DEFAULT_PLAN_BUDGET_MS = 800;

/** How a plan may use time. Without a clock the search is bounded by step counts only: the same input and seed give the same plan. */
export type PlanOptions = {
  /** The caller's clock in milliseconds (e.g. `performance.now`): with it, the search also stops when the budget is spent. */
  now?: () => number;
  /** Milliseconds the whole plan may take (DEFAULT_PLAN_BUDGET_MS by default); the best plan found by then is returned. */
  budgetMs?: number;
};

/** A check that the time budget is spent (never, without a clock). */
function timeIsUp(options: PlanOptions): () => boolean {
  const { now } = options;
  if (!now) return () => false;
  const deadline = now() + (options.budgetMs ?? DEFAULT_PLAN_BUDGET_MS);
  return () => now() >= deadline;
}

/** The most movers seated in any one round (a re-plan may hold more than the movers present now). */
function mostSeatedMovers(ctx: PlanningContext): number {
  const { persons: P, rounds: K } = ctx.shape;
  let most = 0;
  for (let k = 0; k < K; k++) {
    let n = 0;
    for (const p of ctx.movers) if ((ctx.fixed[k * P + p] ?? -1) >= 0) n++;
    most = Math.max(most, n);
  }
  return most;
}

/** A first guess, with the repeats of the stored design it comes from, if any. */
type Candidate = { proposal: Proposal; knownBest?: number };

/**
 * First guesses, best expected first, built lazily (planning stops at the first that reaches the
 * bound): the previous plan when re-planning, then the constructions with their slots handed out.
 */
function candidateProposals(ctx: PlanningContext, random: Random): (() => Candidate | null)[] {
  const { input, horizon, personIds, tableIndex } = ctx;
  const candidates: (() => Candidate | null)[] = [];
  const previous = input.previous;
  if (previous) candidates.push(() => ({ proposal: (k, p) => tableIndex.get(previous[horizon[k] ?? -1]?.[personIds[p] ?? ''] ?? '') ?? -1 }));
  const slots = Math.max(ctx.movers.length, mostSeatedMovers(ctx));
  for (const build of constructions(ctx.shape.tables, ctx.shape.rounds, slots)) {
    candidates.push(() => {
      const c = build();
      if (!c) return null;
      // A stored design's figure is a goal for a fresh plan only (seated rounds change what it can reach).
      const fresh = ctx.planned.length === ctx.shape.rounds && c.knownBest !== undefined;
      return { proposal: slotProposal(ctx, c.schedules, random), ...(fresh ? { knownBest: c.knownBest } : {}) };
    });
  }
  return candidates;
}

/** A tabu search run over `share` of the full step budget, scaled to the room. */
function searcher(
  ctx: PlanningContext,
  random: Random,
  done: (state: SeatingState) => boolean,
  outOfTime: () => boolean,
): (state: SeatingState, share: number) => void {
  const effort = ctx.input.effort ?? 1;
  const n = Math.max(ctx.movers.length, 1);
  return (state, share) => {
    tabuSearch(state, {
      random,
      movable: ctx.limits.movable,
      low: ctx.limits.low,
      high: ctx.limits.high,
      maxSteps: Math.round(share * effort * Math.min(6000, 600_000 / n)),
      maxEvaluations: Math.round(share * effort * 4_000_000),
      stallSteps: Math.round(200 + 20 * Math.sqrt(n)),
      maxFruitlessRestarts: Math.round(8 * effort),
      done,
      outOfTime,
      peoplePerStep: n > 200 ? 4 : n > 60 ? 8 : 1000,
      tablesPerPerson: 16,
    });
  };
}

/** The plan's seats, in the app's ids: planned round → mover → table. */
function seatsOf(ctx: PlanningContext, state: SeatingState | null): Seating {
  const seats: Seating = {};
  for (const k of ctx.planned) {
    const round: Record<PersonId, string> = {};
    for (const p of ctx.movers) {
      const table = ctx.input.tables[state ? state.tableOf(k, p) : -1];
      if (table) round[ctx.personIds[p] ?? ''] = table.id;
    }
    seats[ctx.horizon[k] ?? 0] = round;
  }
  return seats;
}

/**
 * Plans the given rounds. Without `options.now` the search is bounded by step counts (deterministic);
 * with it, also by `options.budgetMs`, returning the best plan found when time is up.
 */
export function planRotation(input: RotationInput, options: PlanOptions = {}): RotationPlan {
  const outOfTime = timeIsUp(options);
  const ctx = preparePlanning(input);
  const { tables: T, rounds: K } = ctx.shape;
  const random = seededRandom(input.seed ?? DEFAULT_SEED);
  const bound = rotationBound(ctx.movers.length + T, T, K, input.maxMeetings);

  let best: SeatingState | null = null;
  if (T > 0 && ctx.planned.length > 0) {
    const goal: Goal = { repeatedPairs: bound.repeatedPairs, revisits: bound.revisits };
    const done = atGoal(goal);
    const search = searcher(ctx, random, done, outOfTime);
    for (const [i, build] of candidateProposals(ctx, random).entries()) {
      if (best && outOfTime()) break;
      const candidate = build();
      if (candidate === null) continue;
      if (candidate.knownBest !== undefined) goal.repeatedPairs = Math.max(goal.repeatedPairs, candidate.knownBest);
      const state = complete(ctx, candidate.proposal, random, input.effort ?? 1);
      polishLabels(ctx, state, random);
      // The previous plan usually needs only a few moves: try them before building anything else.
      if (i === 0 && input.previous && !done(state)) search(state, 0.02);
      if (best === null || state.cost() < best.cost()) best = state;
      if (done(best)) break;
    }
    if (best && !done(best)) {
      search(best, mixingAtGoal(best, goal) ? LABELS_ONLY_SHARE : 1);
      polishLabels(ctx, best, random);
    }
  }

  const seats = seatsOf(ctx, best);
  const all: Seating = { ...(input.seated ?? {}), ...seats };
  return {
    seats,
    figures: mixingFigures(input, all),
    bound,
    unmet: unmetConstraints(input.constraints ?? [], seats, input.rounds),
  };
}

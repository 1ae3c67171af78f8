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
import { placeCheapest, repairSizes, scheduleSwapDescent, type MoveLimits } from './local-moves';
import { rotationBound } from './lower-bound';
import { mixingFigures, roundsOf, unmetConstraints } from './mixing-figures';
import type { PersonId, RotationInput, RotationPlan, RotationTable, Seating } from './rotation-types';
import { SeatingState, type IndexedConstraint, type StateShape } from './seating-state';
import { seededRandom, type Random } from '@/lib/domain/seeded-random';
import { tabuSearch } from './tabu-search';

/** The seed used when the caller gives none. */
export const DEFAULT_SEED = 20_240_601;

/** Per-table size band for one round: sizes as even as each table's min and max allow (they differ by at most one where no limit binds). */
export function sizeBands(total: number, tables: readonly Pick<RotationTable, 'min' | 'max'>[]): { low: number[]; high: number[] } {
  const maxOf = (t: Pick<RotationTable, 'max'>): number => t.max ?? Infinity;
  const capacity = tables.reduce((sum, t) => sum + maxOf(t), 0);
  // When the maxima cannot hold everyone, they are ignored (the figures report the overflow).
  const clamp = (level: number, t: Pick<RotationTable, 'min' | 'max'>): number => Math.max(t.min ?? 0, Math.min(capacity < total ? Infinity : maxOf(t), level));
  const filled = (level: number): number => tables.reduce((sum, t) => sum + clamp(level, t), 0);
  let lo = 0;
  let hi = Math.max(total, 1);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (filled(mid + 1) >= total) hi = mid;
    else lo = mid + 1;
  }
  const low = tables.map((t) => clamp(lo, t));
  const high = tables.map((t) => clamp(lo + 1, t));
  // Minima that cannot all be met are relaxed.
  if (low.reduce((a, b) => a + b, 0) > total) return { low: tables.map(() => 0), high };
  return { low, high };
}

type Context = {
  input: RotationInput;
  horizon: number[];
  planned: number[];
  personIds: PersonId[];
  movers: number[];
  isCurrent: Uint8Array;
  fixed: Int32Array;
  shape: StateShape;
  limits: MoveLimits;
  tableIndex: Map<string, number>;
};

function prepare(input: RotationInput): Context {
  const seated = input.seated ?? {};
  const tables = input.tables;
  const T = tables.length;
  const tableIndex = new Map(tables.map((t, i) => [t.id, i]));
  const personIds: PersonId[] = [];
  const personIndex = new Map<PersonId, number>();
  const add = (id: PersonId): number => {
    let i = personIndex.get(id);
    if (i === undefined) {
      i = personIds.length;
      personIds.push(id);
      personIndex.set(id, i);
    }
    return i;
  };
  const hostOf = tables.map((t) => (t.host === null || personIndex.has(t.host) ? -1 : add(t.host)));
  const hostCount = personIds.length;
  const movers: number[] = [];
  for (const person of input.people) {
    if (personIndex.has(person.id)) continue;
    movers.push(add(person.id));
  }
  const currentCount = personIds.length;
  const horizon = [...new Set([...input.rounds, ...roundsOf(seated)])].sort((a, b) => a - b);
  const plannedSet = new Set(input.rounds);
  for (const r of horizon) for (const id of Object.keys(seated[r] ?? {})) if (!plannedSet.has(r)) add(id);
  const P = personIds.length;
  const K = horizon.length;
  const isHost = new Uint8Array(P);
  for (let p = 0; p < hostCount; p++) isHost[p] = 1;
  const isCurrent = new Uint8Array(P);
  for (let p = 0; p < currentCount; p++) isCurrent[p] = 1;

  // Seats that are not ours to choose: hosts at their tables, and every seat already given.
  const fixed = new Int32Array(K * P).fill(-1);
  horizon.forEach((r, k) => {
    for (const [id, tableId] of Object.entries(seated[r] ?? {})) {
      const p = personIndex.get(id);
      const t = tableIndex.get(tableId);
      if (p === undefined || t === undefined) continue;
      if (plannedSet.has(r) && !isCurrent[p]) continue;
      fixed[k * P + p] = t;
    }
    hostOf.forEach((h, t) => {
      if (h >= 0 && fixed[k * P + h] === -1) fixed[k * P + h] = t;
    });
  });

  const labelIndex = new Map<string, number>();
  const label = new Int32Array(P).fill(-1);
  for (const person of input.people) {
    const p = personIndex.get(person.id);
    if (p === undefined || isHost[p] || person.label === undefined) continue;
    let l = labelIndex.get(person.label);
    if (l === undefined) {
      l = labelIndex.size;
      labelIndex.set(person.label, l);
    }
    label[p] = l;
  }
  const L = labelIndex.size;

  const planned = horizon.flatMap((r, k) => (plannedSet.has(r) ? [k] : []));
  const plannedFlag = new Uint8Array(K);
  for (const k of planned) plannedFlag[k] = 1;

  const constraints: IndexedConstraint[] = [];
  const revisitExempt = new Uint8Array(P * T);
  const movable = new Uint8Array(K * P);
  for (const k of planned) for (const p of movers) if (fixed[k * P + p] === -1) movable[k * P + p] = 1;
  for (const c of input.constraints ?? []) {
    const a = personIndex.get(c.kind === 'stay' ? c.person : c.a);
    const b = c.kind === 'stay' ? tableIndex.get(c.table) : personIndex.get(c.b);
    if (a === undefined || b === undefined) continue;
    const rounds = new Uint8Array(K);
    horizon.forEach((r, k) => {
      if (plannedFlag[k] && (c.rounds === undefined || c.rounds.includes(r))) rounds[k] = 1;
    });
    constraints.push({ kind: c.kind, a, b, rounds });
    if (c.kind === 'stay') {
      revisitExempt[a * T + b] = 1;
      // A person who stays at a table is pinned there, not searched.
      for (const k of planned) {
        if (rounds[k] && movable[k * P + a]) {
          movable[k * P + a] = 0;
          fixed[k * P + a] = b;
        }
      }
    }
  }

  const low = new Int32Array(K * T);
  const high = new Int32Array(K * T);
  const fair = new Int32Array(K * Math.max(1, L));
  horizon.forEach((_, k) => {
    let total = 0;
    const perLabel = new Int32Array(Math.max(1, L));
    for (let p = 0; p < P; p++) {
      if ((fixed[k * P + p] ?? -1) >= 0 || movable[k * P + p]) {
        total++;
        const l = label[p] ?? -1;
        if (l >= 0) perLabel[l] = (perLabel[l] ?? 0) + 1;
      }
    }
    const bands = sizeBands(total, tables);
    for (let t = 0; t < T; t++) {
      low[k * T + t] = bands.low[t] ?? 0;
      high[k * T + t] = bands.high[t] ?? 0;
    }
    for (let l = 0; l < L; l++) fair[k * L + l] = Math.ceil((perLabel[l] ?? 0) / Math.max(1, T));
  });

  const shape: StateShape = {
    persons: P,
    tables: T,
    rounds: K,
    isHost,
    label,
    labels: L,
    fair,
    constraints,
    maxMeetings: input.maxMeetings ?? Infinity,
    revisitExempt,
  };
  return {
    input,
    horizon,
    planned,
    personIds,
    movers,
    isCurrent,
    fixed,
    shape,
    limits: { movable, low, high, planned },
    tableIndex,
  };
}

/** A first guess of each movable (round, person)'s table, −1 for none. */
type Proposal = (k: number, p: number) => number;

/** Builds a complete, size-repaired state from a proposal. */
function complete(ctx: Context, proposal: Proposal, random: Random, effort: number): SeatingState {
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

/** Movers in the order construction slots are handed out: label groups together, largest group first. */
function byLabelGroups(ctx: Context, people: readonly number[]): number[] {
  const { label } = ctx.shape;
  const groupSize = new Map<number, number>();
  for (const p of people) groupSize.set(label[p] ?? -1, (groupSize.get(label[p] ?? -1) ?? 0) + 1);
  const rank = (p: number): number => {
    const l = label[p] ?? -1;
    return l < 0 ? -1 : (groupSize.get(l) ?? 0);
  };
  return [...people].sort((a, b) => rank(b) - rank(a) || (label[a] ?? -1) - (label[b] ?? -1) || a - b);
}

/**
 * Hands construction slots to movers: someone already seated gets a slot that was at their table in
 * their latest fixed round (and at as many of their other fixed tables as possible), so a plan that
 * followed the construction keeps following it; everyone else fills the free slots by label group.
 */
function slotProposal(ctx: Context, schedules: Int32Array[]): Proposal {
  const { shape, fixed, movers, planned } = ctx;
  const { persons: P, tables: T, rounds: K } = shape;
  const taken = new Uint8Array(schedules.length);
  const slotOf = new Int32Array(P).fill(-1);
  const buckets = new Map<number, number[]>();
  const bucket = (k: number, t: number): number[] => {
    const key = k * T + t;
    let list = buckets.get(key);
    if (!list) {
      list = [];
      schedules.forEach((s, i) => {
        if (s[k] === t) list?.push(i);
      });
      buckets.set(key, list);
    }
    return list;
  };
  const fresh: number[] = [];
  for (const p of movers) {
    let latest = -1;
    for (let k = 0; k < K; k++) if ((fixed[k * P + p] ?? -1) >= 0 && !planned.includes(k)) latest = k;
    if (latest < 0) {
      fresh.push(p);
      continue;
    }
    let best = -1;
    let bestMatches = -1;
    for (const s of bucket(latest, fixed[latest * P + p] ?? -1)) {
      if (taken[s]) continue;
      let matches = 0;
      for (let k = 0; k < K; k++) if (fixed[k * P + p] === schedules[s]?.[k]) matches++;
      if (matches > bestMatches) {
        bestMatches = matches;
        best = s;
      }
    }
    if (best >= 0) {
      taken[best] = 1;
      slotOf[p] = best;
    } else fresh.push(p);
  }
  let next = 0;
  for (const p of byLabelGroups(ctx, fresh)) {
    while (next < schedules.length && taken[next]) next++;
    if (next >= schedules.length) break;
    taken[next] = 1;
    slotOf[p] = next;
  }
  return (k, p) => {
    const s = slotOf[p] ?? -1;
    return s >= 0 ? (schedules[s]?.[k] ?? -1) : -1;
  };
}

/** Whether a state is as good as it can get: at the bound, labels spread, constraints met. */
function atBound(bound: ReturnType<typeof rotationBound>): (state: SeatingState) => boolean {
  return (state) =>
    state.violations === 0 && state.revisits <= bound.revisits && state.overCap === 0 && state.repeatedPairs <= bound.repeatedPairs && state.labelExcess === 0;
}

/** Plans the given rounds. */
export function planRotation(input: RotationInput): RotationPlan {
  const ctx = prepare(input);
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

/**
 * The planner's input in integer indices: who is who (hosts first, then the movers present, then
 * people known only from seated rounds), which rounds the plan covers, which seats are fixed, and
 * the limits every round must respect (table sizes, labels' fair shares, constraints).
 */

import type { MoveLimits } from './local-moves';
import { roundsOf } from './mixing-figures';
import type { PersonId, RotationInput, RotationTable, Seating } from './rotation-types';
import type { IndexedConstraint, StateShape } from './seating-state';
import { sizeBands } from './size-bands';

/** Everything the planner's steps share, in indices. Rounds are horizon positions k (0..K−1). */
export type PlanningContext = {
  input: RotationInput;
  /** The app's round numbers of the horizon: planned and seated rounds, ascending. */
  horizon: number[];
  /** The horizon positions being planned. */
  planned: number[];
  personIds: PersonId[];
  /** Indices of the movers present now. */
  movers: number[];
  /** Per person: 1 for a host or a mover present now (not someone who left). */
  isCurrent: Uint8Array;
  /** Per (round, person): the table that is not ours to choose, or −1. */
  fixed: Int32Array;
  shape: StateShape;
  limits: MoveLimits;
  tableIndex: Map<string, number>;
};

/** People in indices: hosts first, then the movers present, then people known only from seated rounds. */
type People = {
  personIds: PersonId[];
  personIndex: Map<PersonId, number>;
  /** Per table: its host's index, or −1 (no host, or someone already hosting another table). */
  hostOf: number[];
  hostCount: number;
  movers: number[];
  /** Hosts and movers present now: indices below this. */
  currentCount: number;
};

function indexPeople(input: RotationInput, seated: Seating, horizon: readonly number[], plannedSet: ReadonlySet<number>): People {
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
  const hostOf = input.tables.map((t) => (t.host === null || personIndex.has(t.host) ? -1 : add(t.host)));
  const hostCount = personIds.length;
  const movers: number[] = [];
  for (const person of input.people) {
    if (personIndex.has(person.id)) continue;
    movers.push(add(person.id));
  }
  const currentCount = personIds.length;
  // People who left still count in the rounds they sat in (their past meetings are part of the figures).
  for (const r of horizon) for (const id of Object.keys(seated[r] ?? {})) if (!plannedSet.has(r)) add(id);
  return { personIds, personIndex, hostOf, hostCount, movers, currentCount };
}

/** A flag per index below `count`, out of `size`. */
function flagsBelow(size: number, count: number): Uint8Array {
  const flags = new Uint8Array(size);
  flags.fill(1, 0, count);
  return flags;
}

/**
 * Seats that are not ours to choose: every seat already given, and hosts at their tables. In a round
 * being planned, only the seats of people present now are kept.
 */
function fixedSeats(
  people: People,
  tableIndex: ReadonlyMap<string, number>,
  seated: Seating,
  horizon: readonly number[],
  plannedSet: ReadonlySet<number>,
  isCurrent: Uint8Array,
): Int32Array {
  const P = people.personIds.length;
  const fixed = new Int32Array(horizon.length * P).fill(-1);
  horizon.forEach((r, k) => {
    for (const [id, tableId] of Object.entries(seated[r] ?? {})) {
      const p = people.personIndex.get(id);
      const t = tableIndex.get(tableId);
      if (p === undefined || t === undefined) continue;
      if (plannedSet.has(r) && !isCurrent[p]) continue;
      fixed[k * P + p] = t;
    }
    people.hostOf.forEach((h, t) => {
      if (h >= 0 && fixed[k * P + h] === -1) fixed[k * P + h] = t;
    });
  });
  return fixed;
}

/** Label indices of the movers present (hosts carry none), in order of first appearance. */
function indexLabels(input: RotationInput, people: People, isHost: Uint8Array): { label: Int32Array; labels: number } {
  const labelIndex = new Map<string, number>();
  const label = new Int32Array(people.personIds.length).fill(-1);
  for (const person of input.people) {
    const p = people.personIndex.get(person.id);
    if (p === undefined || isHost[p] || person.label === undefined) continue;
    let l = labelIndex.get(person.label);
    if (l === undefined) {
      l = labelIndex.size;
      labelIndex.set(person.label, l);
    }
    label[p] = l;
  }
  return { label, labels: labelIndex.size };
}

/** Per (round, person): 1 where the plan chooses the seat (a mover present, in a planned round, not seated yet). */
function movableSeats(planned: readonly number[], movers: readonly number[], fixed: Int32Array, P: number, K: number): Uint8Array {
  const movable = new Uint8Array(K * P);
  for (const k of planned) for (const p of movers) if (fixed[k * P + p] === -1) movable[k * P + p] = 1;
  return movable;
}

/**
 * The organiser's constraints in indices (about people or tables unknown here: dropped). A person who
 * stays at a table is pinned there in the planned rounds (not searched), and a return to that table
 * is not a revisit. Updates `movable` and `fixed` for the pins.
 */
function indexConstraints(
  ctx: { input: RotationInput; people: People; tableIndex: ReadonlyMap<string, number>; horizon: readonly number[]; planned: readonly number[] },
  movable: Uint8Array,
  fixed: Int32Array,
): { constraints: IndexedConstraint[]; revisitExempt: Uint8Array } {
  const { input, people, tableIndex, horizon, planned } = ctx;
  const P = people.personIds.length;
  const T = input.tables.length;
  const K = horizon.length;
  const plannedFlag = new Uint8Array(K);
  for (const k of planned) plannedFlag[k] = 1;
  const constraints: IndexedConstraint[] = [];
  const revisitExempt = new Uint8Array(P * T);
  for (const c of input.constraints ?? []) {
    const a = people.personIndex.get(c.kind === 'stay' ? c.person : c.a);
    const b = c.kind === 'stay' ? tableIndex.get(c.table) : people.personIndex.get(c.b);
    if (a === undefined || b === undefined) continue;
    const rounds = new Uint8Array(K);
    horizon.forEach((r, k) => {
      if (plannedFlag[k] && (c.rounds === undefined || c.rounds.includes(r))) rounds[k] = 1;
    });
    constraints.push({ kind: c.kind, a, b, rounds });
    if (c.kind !== 'stay') continue;
    revisitExempt[a * T + b] = 1;
    for (const k of planned) {
      if (rounds[k] && movable[k * P + a]) {
        movable[k * P + a] = 0;
        fixed[k * P + a] = b;
      }
    }
  }
  return { constraints, revisitExempt };
}

/**
 * Per round: each table's size band (everyone seated or to seat that round, hosts included) and each
 * label's fair share, ceil(label's people that round / tables).
 */
function roundLimits(
  tables: readonly RotationTable[],
  K: number,
  P: number,
  seats: { fixed: Int32Array; movable: Uint8Array },
  labelling: { label: Int32Array; labels: number },
): { low: Int32Array; high: Int32Array; fair: Int32Array } {
  const T = tables.length;
  const L = labelling.labels;
  const low = new Int32Array(K * T);
  const high = new Int32Array(K * T);
  const fair = new Int32Array(K * Math.max(1, L));
  for (let k = 0; k < K; k++) {
    let total = 0;
    const perLabel = new Int32Array(Math.max(1, L));
    for (let p = 0; p < P; p++) {
      if ((seats.fixed[k * P + p] ?? -1) < 0 && !seats.movable[k * P + p]) continue;
      total++;
      const l = labelling.label[p] ?? -1;
      if (l >= 0) perLabel[l] = (perLabel[l] ?? 0) + 1;
    }
    const bands = sizeBands(total, tables);
    for (let t = 0; t < T; t++) {
      low[k * T + t] = bands.low[t] ?? 0;
      high[k * T + t] = bands.high[t] ?? 0;
    }
    for (let l = 0; l < L; l++) fair[k * L + l] = Math.ceil((perLabel[l] ?? 0) / Math.max(1, T));
  }
  return { low, high, fair };
}

/** The planner's input in indices, with every limit the plan must respect. */
export function preparePlanning(input: RotationInput): PlanningContext {
  const seated = input.seated ?? {};
  const tableIndex = new Map(input.tables.map((t, i) => [t.id, i]));
  const horizon = [...new Set([...input.rounds, ...roundsOf(seated)])].sort((a, b) => a - b);
  const plannedSet = new Set(input.rounds);
  const planned = horizon.flatMap((r, k) => (plannedSet.has(r) ? [k] : []));
  const people = indexPeople(input, seated, horizon, plannedSet);
  const P = people.personIds.length;
  const K = horizon.length;
  const isHost = flagsBelow(P, people.hostCount);
  const isCurrent = flagsBelow(P, people.currentCount);
  const fixed = fixedSeats(people, tableIndex, seated, horizon, plannedSet, isCurrent);
  const labelling = indexLabels(input, people, isHost);
  const movable = movableSeats(planned, people.movers, fixed, P, K);
  const { constraints, revisitExempt } = indexConstraints({ input, people, tableIndex, horizon, planned }, movable, fixed);
  const { low, high, fair } = roundLimits(input.tables, K, P, { fixed, movable }, labelling);
  const shape: StateShape = {
    persons: P,
    tables: input.tables.length,
    rounds: K,
    isHost,
    label: labelling.label,
    labels: labelling.labels,
    fair,
    constraints,
    maxMeetings: input.maxMeetings ?? Infinity,
    revisitExempt,
  };
  return {
    input,
    horizon,
    planned,
    personIds: people.personIds,
    movers: people.movers,
    isCurrent,
    fixed,
    shape,
    limits: { movable, low, high, planned },
    tableIndex,
  };
}

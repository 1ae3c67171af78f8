/**
 * The mixing figures of any plan, computed from scratch: cheap enough to run on every hand swap
 * in the console's preview (well under a millisecond for 1,000 people over 4 rounds). Memory is
 * one byte per pair of people (a megabyte for 1,000).
 */

import type { Constraint, MixingFigures, PersonId, RotationSetup, Seating, TableId } from './rotation-types';

/** The rounds of a seating, ascending. */
export function roundsOf(seats: Seating): number[] {
  return Object.keys(seats)
    .map(Number)
    .filter((r) => Number.isInteger(r))
    .sort((a, b) => a - b);
}

function appliesTo(constraint: Constraint, round: number): boolean {
  return constraint.rounds === undefined || constraint.rounds.includes(round);
}

/** Whether the constraint holds in one round (vacuously when someone it names is absent). */
export function constraintHolds(constraint: Constraint, round: Record<PersonId, TableId>): boolean {
  if (constraint.kind === 'stay') {
    const table = round[constraint.person];
    return table === undefined || table === constraint.table;
  }
  const a = round[constraint.a];
  const b = round[constraint.b];
  if (a === undefined || b === undefined) return true;
  return constraint.kind === 'apart' ? a !== b : a === b;
}

/** The constraints not honoured in some round of `seats` (restricted to `rounds` when given). */
export function unmetConstraints(constraints: readonly Constraint[], seats: Seating, rounds: readonly number[] = roundsOf(seats)): Constraint[] {
  return constraints.filter((c) => rounds.some((r) => appliesTo(c, r) && !constraintHolds(c, seats[r] ?? {})));
}

/** The mixing figures of `seats` (all its rounds) for this session. */
export function mixingFigures(setup: RotationSetup, seats: Seating): MixingFigures {
  const rounds = roundsOf(seats);
  const T = setup.tables.length;
  const tableIndex = new Map(setup.tables.map((t, i) => [t.id, i]));
  const personIndex = new Map<PersonId, number>();
  const isHost: boolean[] = [];
  const labelOf: number[] = [];
  const indexOf = (id: PersonId): number => {
    let i = personIndex.get(id);
    if (i === undefined) {
      i = personIndex.size;
      personIndex.set(id, i);
      isHost.push(false);
      labelOf.push(-1);
    }
    return i;
  };
  for (const t of setup.tables) if (t.host !== null) isHost[indexOf(t.host)] = true;
  const labelIndex = new Map<string, number>();
  for (const p of setup.people) {
    if (p.label === undefined) continue;
    let l = labelIndex.get(p.label);
    if (l === undefined) {
      l = labelIndex.size;
      labelIndex.set(p.label, l);
    }
    const i = indexOf(p.id);
    if (!isHost[i]) labelOf[i] = l;
  }
  const L = labelIndex.size;
  const exempt = new Set<number>();
  for (const c of setup.constraints ?? []) {
    const t = c.kind === 'stay' ? tableIndex.get(c.table) : undefined;
    if (c.kind === 'stay' && t !== undefined) exempt.add(indexOf(c.person) * T + t);
  }

  // Everyone gets an index first, so pair keys stay small integers (fast Map keys).
  for (const r of rounds) for (const id of Object.keys(seats[r] ?? {})) indexOf(id);
  const N = Math.max(1, personIndex.size);
  // Flat counters: a pair's meetings at a·N + b, a visit at person·T + table (Maps are 5× slower here).
  const meetings = new Uint8Array(N * N);
  const visits = new Uint8Array(N * T);
  let repeatedPairs = 0;
  let maxMeetings = 0;
  let revisits = 0;
  let sizeSpread = 0;
  let sizesOutOfBounds = 0;
  let labelExcess = 0;
  for (const r of rounds) {
    const round = seats[r] ?? {};
    const members: number[][] = Array.from({ length: T }, () => []);
    for (const [id, tableId] of Object.entries(round)) {
      const t = tableIndex.get(tableId);
      if (t !== undefined) members[t]?.push(indexOf(id));
    }
    setup.tables.forEach((table, t) => {
      if (table.host !== null && round[table.host] === undefined) members[t]?.push(indexOf(table.host));
    });
    const labelTotals = new Int32Array(L);
    for (const list of members) {
      for (const p of list) {
        const l = labelOf[p] ?? -1;
        if (l >= 0) labelTotals[l] = (labelTotals[l] ?? 0) + 1;
      }
    }
    let smallest = Infinity;
    let largest = -Infinity;
    const here = new Int32Array(L);
    setup.tables.forEach((table, t) => {
      const ids = members[t] ?? [];
      smallest = Math.min(smallest, ids.length);
      largest = Math.max(largest, ids.length);
      if (ids.length < (table.min ?? 0) || ids.length > (table.max ?? Infinity)) sizesOutOfBounds++;
      here.fill(0);
      for (let i = 0; i < ids.length; i++) {
        const a = ids[i] ?? 0;
        for (let j = i + 1; j < ids.length; j++) {
          const b = ids[j] ?? 0;
          const key = a < b ? a * N + b : b * N + a;
          const count = (meetings[key] ?? 0) + 1;
          meetings[key] = count;
          if (count === 2) repeatedPairs++;
          if (count > maxMeetings) maxMeetings = count;
        }
        const l = labelOf[a] ?? -1;
        if (l >= 0) here[l] = (here[l] ?? 0) + 1;
        if (isHost[a] || exempt.has(a * T + t)) continue;
        const seen = visits[a * T + t] ?? 0;
        if (seen > 0) revisits++;
        visits[a * T + t] = seen + 1;
      }
      for (let l = 0; l < L; l++) labelExcess += Math.max(0, (here[l] ?? 0) - Math.ceil((labelTotals[l] ?? 0) / T));
    });
    if (T > 0) sizeSpread = Math.max(sizeSpread, largest - smallest);
  }

  return {
    repeatedPairs,
    maxMeetings,
    revisits,
    sizeSpread,
    sizesOutOfBounds,
    labelExcess,
    unmetConstraints: unmetConstraints(setup.constraints ?? [], seats).length,
  };
}

/**
 * Seatings read from orthogonal arrays (see `orthogonal-arrays.ts`), for table counts without a
 * finite field: columns are rounds, codewords are schedules, and two codewords agreeing in at most
 * one column means two people meeting at most once.
 */

import type { Construction, Schedules } from './construction';
import { ORDER_10_SQUARES, ORDER_10_TRANSVERSALS, ORDER_6_SQUARE, ORDER_6_TRANSVERSALS } from './known-designs';
import { squaresArray, type OrthogonalArray } from './orthogonal-arrays';

/**
 * From an OA(R + 1, T): column 0 sorts codewords into T classes, columns 1..R are the rounds. Class 0
 * is the hosts (each round's symbols are renamed so that a host's codeword reads its own table in
 * every round); classes 1..T − 1 are rows of movers, slot (i, j) taking the codeword of its class
 * that sits at table j in round 0. Like GF(T), for any T with R − 1 MOLS: a row never shares a table,
 * two rows meet at most once, nobody meets a host twice; extra rows reuse a class.
 */
export function arrayConstruction(oa: OrthogonalArray, rounds: number, slots: number, name: string): Construction | null {
  const n = oa.order;
  const classOf = oa.columns[0];
  if (!classOf || oa.columns.length < rounds + 1 || n < 2) return null;
  const round = oa.columns.slice(1, rounds + 1);
  const first = round[0] ?? new Int32Array(n * n);
  // rename[r][symbol]: the table a symbol of round r stands for (the table of the host holding it).
  const rename = round.map(() => new Int32Array(n));
  const codeword = new Int32Array(n * n);
  for (let w = 0; w < n * n; w++) {
    const x = classOf[w] ?? 0;
    const table = first[w] ?? 0;
    codeword[x * n + table] = w;
    if (x === 0) round.forEach((column, r) => ((rename[r] as Int32Array)[column[w] ?? 0] = table));
  }
  const schedules: Schedules = [];
  for (let s = 0; s < slots; s++) {
    const x = 1 + (Math.floor(s / n) % (n - 1));
    const w = codeword[x * n + (s % n)] ?? 0;
    schedules.push(Int32Array.from(round, (column, r) => rename[r]?.[column[w] ?? 0] ?? -1));
  }
  return { name, schedules };
}

/**
 * From an OA(R, T) and disjoint transversals (sets of T codewords that differ in every column): the
 * first seats the hosts, all R columns are rounds, and every other codeword is a mover's schedule.
 * Zero repeats for T·(T − 1) movers with one column fewer than `arrayConstruction` needs (6 tables
 * for 3 rounds, 10 tables for 4). The other transversals fill every table once a round, so they
 * come first; the rest are picked to keep tables even.
 */
export function hostTransversalConstruction(
  oa: OrthogonalArray,
  transversals: readonly (readonly number[])[],
  rounds: number,
  slots: number,
  name: string,
): Construction | null {
  const n = oa.order;
  const hosts = transversals[0] ?? [];
  if (oa.columns.length < rounds || hosts.length !== n) return null;
  const round = oa.columns.slice(0, rounds);
  const rename = round.map((column) => {
    const table = new Int32Array(n).fill(-1);
    hosts.forEach((w, i) => (table[column[w] ?? 0] = i));
    return table;
  });
  if (rename.some((table) => table.includes(-1))) return null;
  const scheduleOf = (w: number): Int32Array => Int32Array.from(round, (column, r) => rename[r]?.[column[w] ?? 0] ?? -1);
  const used = new Uint8Array(n * n);
  for (const w of hosts) used[w] = 1;
  const schedules: Schedules = [];
  for (const transversal of transversals.slice(1)) {
    for (const w of transversal) {
      if (schedules.length < slots && !used[w]) schedules.push(scheduleOf(w));
      used[w] = 1;
    }
  }
  const rest: Int32Array[] = [];
  for (let w = 0; w < n * n; w++) if (!used[w]) rest.push(scheduleOf(w));
  schedules.push(...balancedSubset(rest, Math.min(slots - schedules.length, rest.length), n));
  // Beyond T·(T − 1) movers, schedules are reused (each extra mover meets one partner every round).
  for (let s = schedules.length; s < slots; s++) schedules.push((schedules[s % Math.max(1, n * (n - 1))] ?? new Int32Array(rounds)).slice());
  return { name, schedules };
}

/** Codeword indices of transversals given as a column per row. */
const cells = (transversals: readonly (readonly number[])[], n: number): number[][] => transversals.map((t) => t.map((column, row) => row * n + column));

/** Known Latin squares with disjoint transversals, for sizes where `arrayConstruction` lacks a column. */
export function knownTransversals(tables: number, rounds: number): { oa: OrthogonalArray; transversals: number[][] } | null {
  if (tables === 6 && rounds <= 3) return { oa: squaresArray([ORDER_6_SQUARE]), transversals: cells(ORDER_6_TRANSVERSALS, 6) };
  if (tables === 10 && rounds <= 4) return { oa: squaresArray(ORDER_10_SQUARES), transversals: cells(ORDER_10_TRANSVERSALS, 10) };
  return null;
}

/** Σ over (round, table) of the squared distance of its count from the even share. */
function imbalance(count: Int32Array, share: number): number {
  let sum = 0;
  for (const c of count) sum += (c - share) * (c - share);
  return sum;
}

/**
 * `size` schedules out of `pool` whose tables are as evenly filled as possible in every round: a
 * greedy pick (the schedule whose tables are least full so far), then swaps of one kept schedule
 * for one left out while that evens the counts.
 */
export function balancedSubset(pool: readonly Int32Array[], size: number, n: number): Schedules {
  const rounds = pool[0]?.length ?? 0;
  const count = new Int32Array(rounds * n);
  const bump = (schedule: Int32Array, delta: number): void => schedule.forEach((t, r) => (count[r * n + t] = (count[r * n + t] ?? 0) + delta));
  const kept: Int32Array[] = [];
  const left = [...pool];
  while (kept.length < size && left.length > 0) {
    let best = 0;
    let bestLoad = Infinity;
    left.forEach((schedule, i) => {
      let load = 0;
      schedule.forEach((t, r) => (load = Math.max(load, count[r * n + t] ?? 0)));
      if (load < bestLoad) {
        bestLoad = load;
        best = i;
      }
    });
    const [schedule] = left.splice(best, 1);
    if (!schedule) break;
    bump(schedule, 1);
    kept.push(schedule);
  }
  const share = size / Math.max(1, n);
  let current = imbalance(count, share);
  for (let improved = true; improved;) {
    improved = false;
    for (let i = 0; i < kept.length; i++) {
      for (let j = 0; j < left.length; j++) {
        const a = kept[i];
        const b = left[j];
        if (!a || !b) continue;
        bump(a, -1);
        bump(b, 1);
        const next = imbalance(count, share);
        if (next < current) {
          kept[i] = b;
          left[j] = a;
          current = next;
          improved = true;
        } else {
          bump(b, -1);
          bump(a, 1);
        }
      }
    }
  }
  return kept;
}

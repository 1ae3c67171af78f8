/**
 * Seatings read from orthogonal arrays (see `orthogonal-arrays.ts`), for table counts without a
 * finite field: columns are rounds, codewords are schedules, and two codewords agreeing in at most
 * one column means two people meeting at most once.
 */

import type { Construction, Schedules } from './construction';
import { ORDER_10_HOSTS } from './known-designs';
import { knownColumns, orthogonalArray, type OrthogonalArray } from './orthogonal-arrays';

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
 * From an OA(R, T) and T codewords that differ in every column (a common transversal of the
 * squares): those are the hosts, every other codeword a mover's schedule, all R columns rounds.
 * Zero repeats for T·(T − 1) movers with one column fewer than `arrayConstruction` needs (10
 * tables for 4 rounds). Movers are taken in an order that keeps tables within one of each other.
 */
export function hostTransversalConstruction(oa: OrthogonalArray, hosts: readonly number[], rounds: number, slots: number, name: string): Construction | null {
  const n = oa.order;
  if (oa.columns.length < rounds || hosts.length !== n) return null;
  const round = oa.columns.slice(0, rounds);
  const rename = round.map((column) => {
    const table = new Int32Array(n).fill(-1);
    hosts.forEach((w, i) => (table[column[w] ?? 0] = i));
    return table;
  });
  if (rename.some((table) => table.includes(-1))) return null;
  const isHost = new Uint8Array(n * n);
  for (const w of hosts) isHost[w] = 1;
  const pending: Int32Array[] = [];
  for (let w = 0; w < n * n; w++) {
    if (!isHost[w]) pending.push(Int32Array.from(round, (column, r) => rename[r]?.[column[w] ?? 0] ?? -1));
  }
  const schedules = balancedSubset(pending, Math.min(slots, pending.length), n);
  // Beyond T·(T − 1) movers, schedules are reused (each extra mover meets one partner every round).
  for (let s = schedules.length; s < slots; s++) schedules.push((schedules[s % Math.max(1, n * (n - 1))] ?? new Int32Array(rounds)).slice());
  return { name, schedules };
}

/** Host transversals known for an OA(R, T) that has too few columns for `arrayConstruction`. */
export function knownHosts(tables: number, rounds: number): { oa: OrthogonalArray; hosts: number[] } | null {
  if (tables !== 10 || rounds > knownColumns(10)) return null;
  const oa = orthogonalArray(10, rounds);
  return oa ? { oa, hosts: ORDER_10_HOSTS.map((column, row) => row * 10 + column) } : null;
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
function balancedSubset(pool: readonly Int32Array[], size: number, n: number): Schedules {
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

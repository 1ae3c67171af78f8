/**
 * Algebraic seatings. Movers are slots (i, j) — row i, column j — and slot (i, j) sits at table
 * j + a_i·x_r in round r, where the rows' multipliers a_i and the rounds' points x_r come from a
 * finite field (T a prime or a prime power) or from Z_T. Two slots share a table in rounds r and s
 * only if (a_i − a_k)(x_r − x_s) = 0, so distinct multipliers meet at most once, and a non-zero
 * multiplier never brings a slot back to a table: zero repeats and zero revisits for up to T rounds
 * and T − 1 full rows, i.e. T·(T − 1) movers. Extra rows reuse a multiplier; their slots then meet
 * one partner every round, which is exactly the lower bound's count.
 */

import { finiteField } from './finite-field';
import { arrayConstruction, hostTransversalConstruction, knownTransversals } from './array-construction';
import { knownColumns, orthogonalArray } from './orthogonal-arrays';
import { storedDesign } from './stored-design';

/** For each slot, its table in each round of the horizon. Slots come row by row. */
export type Schedules = Int32Array[];

/**
 * A named construction, for the plan's choice and the benchmark. `knownBest`: the repeated pairs of
 * a stored design that long searches did not improve on, for exactly these slots; the planner stops
 * there instead of searching its whole budget for the bound.
 */
export type Construction = { name: string; schedules: Schedules; knownBest?: number };

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return Math.abs(a);
}

/** The smallest e > 0 with x·e ≡ 0 (mod n). */
function additiveOrder(x: number, n: number): number {
  const r = ((x % n) + n) % n;
  return r === 0 ? 1 : n / gcd(r, n);
}

function buildSlots(
  tables: number,
  rounds: number,
  slots: number,
  multipliers: readonly number[],
  tableOf: (column: number, multiplier: number, round: number) => number,
): Schedules {
  const out: Schedules = [];
  for (let s = 0; s < slots; s++) {
    const row = Math.floor(s / tables);
    const column = s % tables;
    const a = multipliers[row % multipliers.length] ?? 1;
    const schedule = new Int32Array(rounds);
    for (let r = 0; r < rounds; r++) schedule[r] = tableOf(column, a, r);
    out.push(schedule);
  }
  return out;
}

/** GF(T) construction, or null when T is not a prime power. Rounds beyond T reuse the field's points (revisits are then forced anyway). */
export function fieldConstruction(tables: number, rounds: number, slots: number): Construction | null {
  const field = finiteField(tables);
  if (field === null) return null;
  const multipliers = Array.from({ length: tables - 1 }, (_, i) => i + 1);
  const schedules = buildSlots(tables, rounds, slots, multipliers, (column, a, r) => field.add(column, field.mul(a, r % tables)));
  return { name: `GF(${tables})`, schedules };
}

/**
 * Multipliers in Z_T whose rows never revisit and never meet twice within `rounds` rounds: every
 * multiplier and every difference of two has additive order ≥ rounds. Greedy, smallest first.
 */
export function cyclicMultipliers(tables: number, rounds: number): number[] {
  const chosen: number[] = [];
  for (let x = 1; x < tables; x++) {
    if (additiveOrder(x, tables) < rounds) continue;
    if (chosen.every((a) => additiveOrder(x - a, tables) >= rounds)) chosen.push(x);
  }
  return chosen.length > 0 ? chosen : [1];
}

/** Z_T construction: for any T; zero repeats as long as enough good multipliers exist (e.g. 6 rows for 150 tables and 4 rounds). */
export function cyclicConstruction(tables: number, rounds: number, slots: number): Construction {
  const multipliers = cyclicMultipliers(tables, rounds);
  const schedules = buildSlots(tables, rounds, slots, multipliers, (column, a, r) => (column + a * r) % tables);
  return { name: `Z${tables}`, schedules };
}

/**
 * For T with no field of its own (6, 10, 12…): the construction over the next prime power q > T,
 * with tables T..q−1 dropped. A slot's seat at a dropped table is left empty (−1) for the planner to
 * fill; the slots with the fewest holes are kept. A far better start for the search than Z_T.
 */
export function projectedFieldConstruction(tables: number, rounds: number, slots: number): Construction | null {
  for (let q = tables + 1; q <= 2 * tables + 2; q++) {
    const wide = fieldConstruction(q, rounds, q * (q - 1));
    if (!wide) continue;
    const holes = (s: Int32Array): number => s.reduce((n, t) => n + (t >= tables ? 1 : 0), 0);
    const kept = wide.schedules
      .map((s, i) => ({ s, i, h: holes(s) }))
      .sort((a, b) => a.h - b.h || a.i - b.i)
      .slice(0, slots)
      .map(({ s }) => s.map((t) => (t >= tables ? -1 : t)));
    return { name: `GF(${q}) without ${q - tables} table(s)`, schedules: kept };
  }
  return null;
}

/**
 * The constructions worth trying, best expected first, built only when asked for: GF(T) when T is a
 * prime power; otherwise Z_T when it has enough good multipliers for every row, else the best known
 * orthogonal array (MOLS: known designs and MacNeish products) or stored design, then the projected
 * field and Z_T.
 */
export function constructions(tables: number, rounds: number, slots: number): (() => Construction | null)[] {
  if (tables < 1) return [];
  if (finiteField(tables) !== null) return [() => fieldConstruction(tables, rounds, slots)];
  const rows = Math.ceil(slots / tables);
  const cyclic = (): Construction => cyclicConstruction(tables, rounds, slots);
  if (cyclicMultipliers(tables, rounds).length >= rows) return [cyclic];
  const candidates: (() => Construction | null)[] = [];
  if (rounds <= tables && knownColumns(tables) >= rounds + 1) {
    candidates.push(() => {
      const oa = orthogonalArray(tables, rounds + 1);
      return oa ? arrayConstruction(oa, rounds, slots, `OA(${rounds + 1}, ${tables})`) : null;
    });
  } else {
    const known = knownTransversals(tables, rounds);
    if (known)
      candidates.push(() => hostTransversalConstruction(known.oa, known.transversals, rounds, slots, `OA(${rounds}, ${tables}) with a host transversal`));
    else candidates.push(() => storedDesign(tables, rounds, slots));
  }
  return [...candidates, () => projectedFieldConstruction(tables, rounds, slots), cyclic];
}

/**
 * Stored seatings for sizes no construction solves (6 tables for 4 to 6 rounds), adapted to the
 * number of movers: fewer take the design's schedules that keep tables even, more share schedules.
 */

import { balancedSubset } from './array-construction';
import type { Construction } from './construction';
import { SIX_TABLE_DESIGNS } from './known-designs';

/** How many other schedules each schedule shares a table with in two rounds or more. */
function repeatPartners(schedules: readonly Int32Array[]): number[] {
  return schedules.map((a) =>
    schedules.reduce((n, b) => {
      if (a === b) return n;
      let shared = 0;
      a.forEach((t, r) => (shared += b[r] === t ? 1 : 0));
      return n + (shared > 1 ? 1 : 0);
    }, 0),
  );
}

/** The stored design for `tables` and `rounds`, fitted to `slots` movers, or null when none is stored. */
export function storedDesign(tables: number, rounds: number, slots: number): Construction | null {
  const design = tables === 6 ? SIX_TABLE_DESIGNS.get(rounds) : undefined;
  if (!design) return null;
  const stored = design.schedules.split(' ').map((word) => Int32Array.from(word, Number));
  // Schedules in no repeated pair first: dropped last, shared first.
  const partners = repeatPartners(stored);
  const order = stored.map((s, i) => ({ s, i })).sort((a, b) => (partners[a.i] ?? 0) - (partners[b.i] ?? 0) || a.i - b.i);
  const pool = order.map(({ s }) => s);
  // Beyond the design's movers, the extra ones share schedules, again picked to keep tables even.
  const schedules: Int32Array[] = [];
  while (schedules.length < slots) schedules.push(...balancedSubset(pool, Math.min(pool.length, slots - schedules.length), tables).map((s) => s.slice()));
  return {
    name: `stored design for ${tables} tables, ${rounds} rounds`,
    schedules,
    ...(slots === stored.length ? { knownBest: design.repeatedPairs } : {}),
  };
}

/**
 * How many people each table may hold in a round: as even as the tables' own limits allow.
 */

import type { RotationTable } from './rotation-types';

/** Per table: each table's allowed size in a round, host included. */
export type SizeBands = { low: number[]; high: number[] };

/** Per-table size band for one round: sizes as even as each table's min and max allow (they differ by at most one where no limit binds). */
export function sizeBands(total: number, tables: readonly Pick<RotationTable, 'min' | 'max'>[]): SizeBands {
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

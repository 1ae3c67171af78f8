/** What the builder says about mixing, from the numbers alone (the proven bound, no plan needed). */
import { rotationBound } from '@/lib/domain/rotation/lower-bound';

export type RotationLimits = {
  /** Everyone meets new people every round: no pair meets twice. */
  zeroRepeats: boolean;
  /** Pairs that must meet more than once, whatever the plan. */
  repeatedPairs: number;
  /** The fewest tables that give zero repeats (null: not reachable with these people). */
  tablesForZero: number | null;
  /** More rounds than tables: someone must come back to a table. */
  revisitsForced: boolean;
  revisits: number;
};

/**
 * `people` counts the hosts (one per table). Null while the numbers are not usable yet
 * (no expected head count, fewer people than tables).
 */
export function rotationLimits(people: number, tables: number, rounds: number): RotationLimits | null {
  if (!Number.isInteger(people) || !Number.isInteger(tables) || !Number.isInteger(rounds)) return null;
  if (people < 1 || tables < 1 || rounds < 1 || people < tables) return null;
  const bound = rotationBound(people, tables, rounds);
  return {
    zeroRepeats: bound.repeatedPairs === 0,
    repeatedPairs: bound.repeatedPairs,
    tablesForZero: bound.tablesForZero,
    revisitsForced: rounds > tables && people > tables,
    revisits: bound.revisits,
  };
}

/** Whether the expected people fit the tables within the session's per-table limits (host included). */
export type SeatingFit =
  | { kind: 'fits' }
  /** More people than the tables hold at their maximum: `addTables` more are needed. */
  | { kind: 'over-max'; capacity: number; addTables: number }
  /** Too few people for every table to reach the minimum: at most `tablesForMin` tables can. */
  | { kind: 'under-min'; tablesForMin: number };

/** Null while the numbers are not usable yet (no head count, no tables) or when there is no limit. */
export function seatingFit(people: number, tables: number, min: number | null, max: number | null): SeatingFit | null {
  if (!Number.isInteger(people) || !Number.isInteger(tables) || people < 1 || tables < 1) return null;
  const usable = (n: number | null): n is number => n !== null && Number.isInteger(n) && n >= 1;
  if (!usable(min) && !usable(max)) return null;
  if (usable(max) && people > tables * max) return { kind: 'over-max', capacity: tables * max, addTables: Math.ceil(people / max) - tables };
  if (usable(min) && people < tables * min) return { kind: 'under-min', tablesForMin: Math.floor(people / min) };
  return { kind: 'fits' };
}

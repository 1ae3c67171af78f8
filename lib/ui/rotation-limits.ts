/** What the builder says about mixing, from the numbers alone (the proven bound, no plan needed). */
import { rotationBound } from '../domain/rotation/lower-bound';

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

/**
 * The organiser's stored seating wishes in the planner's terms, for the rounds still to seat.
 */

import type { Constraint } from './rotation-types';

/** A stored seating wish, as the app keeps it: `round` is the round it is about, null for every round. */
export type SeatingWish =
  | { id: string; kind: 'apart' | 'together'; a: string; b: string; round: number | null }
  | { id: string; kind: 'stay'; person: string; tableId: string; round: number | null };

/** A stored wish in the planner's terms, with the id it came from (to name the unmet ones). */
export type PlannedWish = { id: string; constraint: Constraint };

/**
 * The wishes the planner honours in `rounds` (the rounds still to seat): a wish about a round already
 * seated, or about someone who is not moving any more (left, or made a host since), is left out;
 * "every round" means every round still to seat.
 */
export function plannerConstraints(wishes: readonly SeatingWish[], movers: ReadonlySet<string>, rounds: readonly number[]): PlannedWish[] {
  return wishes.flatMap((wish): PlannedWish[] => {
    const when = wish.round === null ? [...rounds] : rounds.includes(wish.round) ? [wish.round] : [];
    if (when.length === 0) return [];
    if (wish.kind === 'stay') {
      return movers.has(wish.person) ? [{ id: wish.id, constraint: { kind: 'stay', person: wish.person, table: wish.tableId, rounds: when } }] : [];
    }
    return movers.has(wish.a) && movers.has(wish.b) ? [{ id: wish.id, constraint: { kind: wish.kind, a: wish.a, b: wish.b, rounds: when } }] : [];
  });
}

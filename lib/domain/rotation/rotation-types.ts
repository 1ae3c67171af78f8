/**
 * The rotation planner's contract: what the app passes in and what it gets back.
 * Rounds are the app's own round indices; people and tables are the app's string ids.
 */

import type { RotationBound } from './lower-bound';

/** A participant's id (hosts included). */
export type PersonId = string;
/** A table's id. */
export type TableId = string;

/** Who sits where: round index → person id → table id. Hosts may be left out (they sit at their table). */
export type Seating = Record<number, Record<PersonId, TableId>>;

/** A mover (anyone but a host), with an optional group label (department, country…). */
export type RotationPerson = { id: PersonId; label?: string };

/** A table, its fixed host (null for a no-show host) and optional size limits, host included. */
export type RotationTable = { id: TableId; host: PersonId | null; min?: number; max?: number };

/** An organiser's wish. `rounds` omitted: every round of the plan. */
export type Constraint =
  /** Never at the same table. */
  | { kind: 'apart'; a: PersonId; b: PersonId; rounds?: readonly number[] }
  /** At the same table. */
  | { kind: 'together'; a: PersonId; b: PersonId; rounds?: readonly number[] }
  /** Always at this table (accessibility): not a revisit. */
  | { kind: 'stay'; person: PersonId; table: TableId; rounds?: readonly number[] };

/** The session's facts that the mixing figures depend on. */
export type RotationSetup = {
  /** Movers present now. Someone listed here who is also a table's host counts as the host. */
  people: readonly RotationPerson[];
  /** Every table, in the order the room numbers them. */
  tables: readonly RotationTable[];
  /** The organiser's wishes. */
  constraints?: readonly Constraint[];
  /** Organiser's option: no pair should meet more than this many times (e.g. 2), even if more pairs then meet twice. */
  maxMeetings?: number;
};

/** A planning request. */
export type RotationInput = RotationSetup & {
  /** The rounds to (re-)plan. A round that is also in `seated` keeps those seats and only seats the others. */
  rounds: readonly number[];
  /** Seats already fixed (the current and past rounds): never changed. */
  seated?: Seating;
  /** The last plan, if any: re-planning starts from it and stays close to it. */
  previous?: Seating;
  /** The seed of the planner's random choices: the same input and seed give the same plan. */
  seed?: number;
  /** Search effort multiplier (1 by default): more tries on hard sizes. */
  effort?: number;
};

/** How well a plan mixes the room. */
export type MixingFigures = {
  /** Pairs who share a table in more than one round (a mover meets the host of every table visited). */
  repeatedPairs: number;
  /** The most rounds any one pair shares a table. */
  maxMeetings: number;
  /** Visits of a mover to a table already visited (a `stay` constraint's table excepted). */
  revisits: number;
  /** The largest difference between two tables' sizes in one round, host included. */
  sizeSpread: number;
  /** (round, table) pairs whose size is outside the table's min/max. */
  sizesOutOfBounds: number;
  /** People beyond their label's fair share at a table (ceil of the label's count over the tables), summed over rounds and tables. */
  labelExcess: number;
  /** Constraints not honoured in at least one of their rounds. */
  unmetConstraints: number;
};

/** A plan: seats of every mover in every planned round, its figures over all rounds and the bound. */
export type RotationPlan = {
  /** Planned round → mover → table (hosts are not listed: they stay at their table). */
  seats: Seating;
  /** Figures over the planned and the already seated rounds together. */
  figures: MixingFigures;
  /** The closed-form lower bound for these numbers (fresh plan, all rounds; under the pair cap, when one is set). */
  bound: RotationBound;
  /** Constraints the planned rounds do not honour. */
  unmet: Constraint[];
};

/**
 * The plenary's vocabulary, shared by the pure rules, the database, the realtime contract and the
 * exports. Types and constants only: the rules live beside this file.
 */

/** The plenary's steps, always in this order; the organiser switches each one on or off. */
export const PLENARY_STEPS = ['restitution', 'workstreams', 'vote', 'assessment', 'actions'] as const;
export type PlenaryStep = (typeof PLENARY_STEPS)[number];

/** A plenary stage's step: one of the steps, or `open` (a plenary with no step switched on). */
export const PLENARY_STAGE_STEPS = [...PLENARY_STEPS, 'open'] as const;

/** What is voted on: the workstreams, or the ideas themselves (when there are no workstreams). */
export const VOTE_TARGETS = ['workstreams', 'ideas'] as const;
export type VoteTarget = (typeof VOTE_TARGETS)[number];

/** Who rates gain and effort: everyone on their phone (the median is kept), or the organiser alone. */
export const RATERS = ['everyone', 'organiser'] as const;
export type Raters = (typeof RATERS)[number];

/** What the organiser prepares for the plenary (part of the session draft). */
export type PlenaryProgramme = {
  /** The steps that run, a subset of PLENARY_STEPS in that order; empty: an open plenary with no tools. */
  steps: PlenaryStep[];
  /** Each table's restitution slot. */
  restitutionSlotMs: number;
  /** A timer for the other steps (null: none, the organiser moves on). */
  stepDurationsMs: { workstreams: number | null; vote: number | null; assessment: number | null; actions: number | null };
  dotsPerPerson: number;
  maxDotsPerItem: number;
  voteOn: VoteTarget;
  ratedBy: Raters;
  /** How many of the most voted items are shortlisted for effort × gain (the organiser can change the pick). */
  shortlistSize: number;
};

export const DEFAULT_PLENARY: PlenaryProgramme = {
  steps: [...PLENARY_STEPS],
  restitutionSlotMs: 3 * 60_000,
  stepDurationsMs: { workstreams: null, vote: null, assessment: null, actions: null },
  dotsPerPerson: 5,
  maxDotsPerItem: 2,
  voteOn: 'workstreams',
  ratedBy: 'everyone',
  shortlistSize: 6,
};

/** The bounds of a programme the session builder accepts (the draft's schema enforces them). */
export const PLENARY_LIMITS = {
  dotsMin: 1,
  dotsMax: 20,
  restitutionSlotMinMs: 30_000,
  restitutionSlotMaxMs: 30 * 60_000,
  stepMinMs: 10_000,
  stepMaxMs: 4 * 60 * 60_000,
  shortlistMin: 1,
  shortlistMax: 30,
} as const;

/** The dot vote: not opened yet, open (dots can be placed, moved, taken back), closed (the ranking is shown). */
export const VOTE_STATUSES = ['not-started', 'open', 'closed'] as const;
export type VoteStatus = (typeof VOTE_STATUSES)[number];

/** Effort × gain quadrants. */
export const QUADRANTS = ['quick-win', 'must-have', 'nice-to-have', 'not-now'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The 1–5 scale of gain and effort. */
export const RATING_MIN = 1;
export const RATING_MAX = 5;

export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const ACTION_STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * An item of the plenary: what is voted on, rated and planned. `kind` follows the programme's
 * `voteOn`: a workstream, or a consolidated idea (ideas marked "the same" count as one item: the
 * item is the idea the others point to).
 */
export type ItemRef = { kind: 'workstream' | 'idea'; id: string };

/**
 * What the plenary stores, as plain records (the database's rows, the archive's entries and the
 * exports' input all have these shapes).
 */
export type PlenaryRecords = {
  workstreams: { id: string; name: string; position: number }[];
  /** Where an idea stands: in a workstream (or none), and whether it is "the same" as another idea (its item). */
  placements: { ideaId: string; workstreamId: string | null; sameAsId: string | null }[];
  /** Who put how many dots on which item (stored per person: a moved dot counts once; never shown per person). */
  votes: { participantId: string; itemId: string; dots: number }[];
  voteStatus: VoteStatus;
  /** The items assessed on effort × gain, in order. */
  shortlist: { itemId: string; position: number }[];
  /** Gain and effort, 1–5; `raterId` null: the organiser's rating. */
  ratings: { raterId: string | null; itemId: string; gain: number; effort: number }[];
  /** The organiser moved the item to another quadrant than its medians give. */
  overrides: { itemId: string; quadrant: Quadrant }[];
  actions: {
    itemId: string;
    /** Stable, e.g. A-07. */
    code: string;
    owner: string;
    /** A date, YYYY-MM-DD. */
    deadline: string | null;
    horizon: Horizon | null;
    objective: string;
    status: ActionStatus;
    /** Order in the roadmap. */
    position: number;
  }[];
};

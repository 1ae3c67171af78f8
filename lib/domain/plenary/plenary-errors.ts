/**
 * Every refusal code of the plenary's rules, once each, for the realtime contract's ERROR_CODES
 * (spread it there, leaving out the codes the contract already has: `conflict`, `too-many`,
 * `wrong-table`). Each
 * rule module owns its own list; a test keeps this one equal to their union.
 */
export const PLENARY_ERROR_CODES = [
  'vote-not-open',
  'vote-already-open',
  'vote-not-closed',
  'no-items',
  'unknown-item',
  'duplicate-item',
  'bad-dots',
  'no-dot-to-move',
  'over-budget',
  'over-item-cap',
  'bad-name',
  'duplicate-id',
  'too-many',
  'unknown-workstream',
  'unknown-idea',
  'same-idea',
  'not-in-workstream',
  'conflict',
  'bad-rating',
  'not-shortlisted',
  'not-a-rater',
  'wrong-step',
  'bad-quadrant',
  'bad-deadline',
  'bad-horizon',
  'deadline-and-horizon',
  'bad-status',
  'too-long',
  'wrong-table',
] as const;
export type PlenaryErrorCode = (typeof PLENARY_ERROR_CODES)[number];

/**
 * The silent dot vote. Pure. A person's allocation is a value (item → dots), never a delta: setting,
 * moving or taking back dots computes the whole new allocation, checks it, and the rows that differ
 * are written. Sending the same command twice leaves the same allocation.
 */
import type { Stage } from '@/lib/domain/session-machine';
import type { VoteStatus } from './plenary-types';

/** Item id → dots; items without dots are absent. */
export type Allocation = Readonly<Record<string, number>>;

export type VoteRules = { dotsPerPerson: number; maxDotsPerItem: number };

export type Vote = { participantId: string; itemId: string; dots: number };

export const VOTE_ERROR_CODES = [
  'vote-not-open',
  'vote-already-open',
  'no-items',
  'unknown-item',
  'bad-dots',
  'no-dot-to-move',
  'over-budget',
  'over-item-cap',
] as const;
export type VoteErrorCode = (typeof VOTE_ERROR_CODES)[number];

/** What the command stores: the new allocation and, per item that changed, its new dots (0: delete the row). */
export type AllocationChange = { ok: true; allocation: Allocation; changes: { itemId: string; dots: number }[] } | { ok: false; code: VoteErrorCode };

type Context = { status: VoteStatus; itemIds: readonly string[]; rules: VoteRules };

/** One person's allocation out of everyone's stored votes. */
export function allocationOf(votes: readonly Vote[], participantId: string): Allocation {
  const allocation: Record<string, number> = {};
  for (const vote of votes) if (vote.participantId === participantId && vote.dots > 0) allocation[vote.itemId] = vote.dots;
  return allocation;
}

/** Dots placed on the items that still exist. */
export function placedDots(allocation: Allocation, itemIds: readonly string[]): number {
  return itemIds.reduce((sum, id) => sum + (allocation[id] ?? 0), 0);
}

/**
 * How many dots count as "all of them": the budget, or fewer when the items cannot hold it (3 items
 * capped at 2 dots hold 6 dots, not 10). Zero when there is nothing to vote on.
 */
export function fullAllocation(rules: VoteRules, itemCount: number): number {
  return Math.min(rules.dotsPerPerson, itemCount * rules.maxDotsPerItem);
}

/** Whether an allocation may stand: vote open, known items, whole dots within the cap and the budget. */
export function checkAllocation(next: Allocation, { status, itemIds, rules }: Context): VoteErrorCode | null {
  if (status !== 'open') return 'vote-not-open';
  const known = new Set(itemIds);
  let total = 0;
  for (const [itemId, dots] of Object.entries(next)) {
    if (!Number.isInteger(dots) || dots < 0) return 'bad-dots';
    if (!known.has(itemId)) return 'unknown-item';
    if (dots > rules.maxDotsPerItem) return 'over-item-cap';
    total += dots;
  }
  return total > rules.dotsPerPerson ? 'over-budget' : null;
}

function change(current: Allocation, next: Allocation, ctx: Context): AllocationChange {
  const code = checkAllocation(next, ctx);
  if (code) return { ok: false, code };
  const cleaned: Record<string, number> = {};
  for (const [itemId, dots] of Object.entries(next)) if (dots > 0) cleaned[itemId] = dots;
  const itemIds = [...new Set([...Object.keys(current), ...Object.keys(cleaned)])].sort();
  const changes = itemIds.filter((id) => (current[id] ?? 0) !== (cleaned[id] ?? 0)).map((itemId) => ({ itemId, dots: cleaned[itemId] ?? 0 }));
  return { ok: true, allocation: cleaned, changes };
}

/** Puts exactly `dots` on an item (0 takes them all back). */
export function setDots(current: Allocation, itemId: string, dots: number, ctx: Context): AllocationChange {
  return change(current, { ...current, [itemId]: dots }, ctx);
}

/** Moves one dot from an item to another, in one step (never a moment with the dot lost or doubled). */
export function moveDot(current: Allocation, fromId: string, toId: string, ctx: Context): AllocationChange {
  if (ctx.status !== 'open') return { ok: false, code: 'vote-not-open' };
  const from = current[fromId] ?? 0;
  if (from < 1) return { ok: false, code: 'no-dot-to-move' };
  if (fromId === toId) return change(current, current, ctx);
  return change(current, { ...current, [fromId]: from - 1, [toId]: (current[toId] ?? 0) + 1 }, ctx);
}

/** Replaces the whole allocation (what a phone holding its own state sends). */
export function replaceAllocation(current: Allocation, next: Allocation, ctx: Context): AllocationChange {
  return change(current, next, ctx);
}

/**
 * "28 of 41 have voted": among the people who may vote, those whose dots on existing items reach
 * `fullAllocation`. The tally itself stays hidden until the vote closes.
 */
export function voteProgress(votes: readonly Vote[], itemIds: readonly string[], rules: VoteRules, voterIds: readonly string[]): { voted: number; of: number } {
  const full = fullAllocation(rules, itemIds.length);
  const items = new Set(itemIds);
  const placed = new Map<string, number>();
  for (const vote of votes) if (items.has(vote.itemId) && vote.dots > 0) placed.set(vote.participantId, (placed.get(vote.participantId) ?? 0) + vote.dots);
  const voted = full === 0 ? 0 : voterIds.filter((id) => (placed.get(id) ?? 0) >= full).length;
  return { voted, of: voterIds.length };
}

/** Opens the vote, or reopens a closed one (dots placed before stay where they are). */
export function openVote(status: VoteStatus, itemCount: number): { ok: true; status: 'open' } | { ok: false; code: VoteErrorCode } {
  if (status === 'open') return { ok: false, code: 'vote-already-open' };
  if (itemCount === 0) return { ok: false, code: 'no-items' };
  return { ok: true, status: 'open' };
}

/** Closes the vote: the ranking is revealed. */
export function closeVote(status: VoteStatus): { ok: true; status: 'closed' } | { ok: false; code: VoteErrorCode } {
  return status === 'open' ? { ok: true, status: 'closed' } : { ok: false, code: 'vote-not-open' };
}

const isVoteStep = (stage: Stage) => stage.kind === 'plenary' && stage.step === 'vote';

/**
 * What moving between stages does to the vote: entering the vote step opens a vote not started yet
 * (its timer is the vote's time); moving on from it (by the organiser or at the deadline) closes an
 * open vote. Going back from it leaves the vote as it is, and so does everything else.
 */
export function voteStatusAfterMove(status: VoteStatus, from: Stage, to: Stage, itemCount: number): VoteStatus {
  if (!isVoteStep(from) && isVoteStep(to) && status === 'not-started' && itemCount > 0) return 'open';
  if (isVoteStep(from) && !isVoteStep(to) && status === 'open' && movesForward(to)) return 'closed';
  return status;
}

function movesForward(to: Stage): boolean {
  return to.kind === 'closed' || (to.kind === 'plenary' && (to.step === 'assessment' || to.step === 'actions'));
}

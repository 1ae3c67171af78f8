/**
 * The shortlist: the items assessed on effort × gain. Suggested from the closed vote, then the
 * organiser's pick. Pure.
 */
import { PLENARY_LIMITS, type VoteStatus } from './plenary-types';
import { rank, type RankedItem } from './ranking';
import type { Vote } from './vote';

export const SHORTLIST_ERROR_CODES = ['unknown-item', 'duplicate-item', 'too-many', 'vote-not-closed'] as const;
export type ShortlistErrorCode = (typeof SHORTLIST_ERROR_CODES)[number];

/** The ranking as the room may see it: only once the vote is closed (nobody sees the tally before). */
export function visibleRanking(status: VoteStatus, itemIds: readonly string[], votes: readonly Vote[]): RankedItem[] | null {
  return status === 'closed' ? rank(itemIds, votes) : null;
}

/**
 * The top `size` items by dots. Items tied at the cut are all kept — the rule never chooses between
 * equals, the organiser trims — so the list can be longer than `size`; items without a dot are never
 * suggested. When the ties would take the list past the most a shortlist holds, the tied group at
 * the cut is left out whole.
 */
export function suggestShortlist(ranking: readonly RankedItem[], size: number): string[] {
  let picked = ranking.filter((item) => item.dots > 0 && item.rank <= size);
  while (picked.length > PLENARY_LIMITS.shortlistMax) {
    const lastRank = picked[picked.length - 1]!.rank;
    picked = picked.filter((item) => item.rank < lastRank);
  }
  return picked.map((item) => item.itemId);
}

/** The suggestion from the stored votes; refused while the vote is not closed. */
export function suggestFromVotes(
  status: VoteStatus,
  itemIds: readonly string[],
  votes: readonly Vote[],
  size: number,
): { ok: true; itemIds: string[] } | { ok: false; code: ShortlistErrorCode } {
  const ranking = visibleRanking(status, itemIds, votes);
  if (!ranking) return { ok: false, code: 'vote-not-closed' };
  return { ok: true, itemIds: suggestShortlist(ranking, size) };
}

/** The organiser's pick, in order (an empty pick clears the shortlist). */
export function pickShortlist(
  itemIds: readonly string[],
  knownItemIds: readonly string[],
): { ok: true; shortlist: { itemId: string; position: number }[] } | { ok: false; code: ShortlistErrorCode } {
  const known = new Set(knownItemIds);
  if (itemIds.some((id) => !known.has(id))) return { ok: false, code: 'unknown-item' };
  if (new Set(itemIds).size !== itemIds.length) return { ok: false, code: 'duplicate-item' };
  if (itemIds.length > PLENARY_LIMITS.shortlistMax) return { ok: false, code: 'too-many' };
  return { ok: true, shortlist: itemIds.map((itemId, position) => ({ itemId, position })) };
}

/**
 * The vote's result: dots per item and the ranking, ties shown as ties. Pure.
 */

export type RankedItem = { itemId: string; dots: number; voters: number; rank: number; tied: boolean };

/** Dots per item from the per-person allocations (items without dots are listed with 0). */
export function tally(
  itemIds: readonly string[],
  votes: readonly { participantId: string; itemId: string; dots: number }[],
): Map<string, { dots: number; voters: number }> {
  const totals = new Map(itemIds.map((id) => [id, { dots: 0, voters: 0 }]));
  for (const vote of votes) {
    const total = totals.get(vote.itemId);
    if (!total || vote.dots <= 0) continue;
    total.dots += vote.dots;
    total.voters += 1;
  }
  return totals;
}

/**
 * Items by dots, most first; equal dots share a rank ("1, 2, 2, 4") and are marked tied. Among equals
 * the given order of `itemIds` is kept, so the ranking is stable.
 */
export function rank(itemIds: readonly string[], votes: readonly { participantId: string; itemId: string; dots: number }[]): RankedItem[] {
  return rankTotals(itemIds, tally(itemIds, votes));
}

/**
 * The same ranking from totals already added up (the server sums the dots in SQL, so that no vote
 * row leaves the database); an item without totals has none.
 */
export function rankTotals(itemIds: readonly string[], totals: ReadonlyMap<string, { dots: number; voters: number }>): RankedItem[] {
  const none = { dots: 0, voters: 0 };
  const ordered = itemIds.map((itemId, index) => ({ itemId, index, ...(totals.get(itemId) ?? none) })).sort((a, b) => b.dots - a.dots || a.index - b.index);
  const countOf = new Map<number, number>();
  for (const item of ordered) countOf.set(item.dots, (countOf.get(item.dots) ?? 0) + 1);
  // Sorted by dots: an item's rank is one more than the number of items before its first equal.
  let rank = 1;
  return ordered.map(({ itemId, dots, voters }, i) => {
    if (i > 0 && ordered[i - 1]!.dots !== dots) rank = i + 1;
    return { itemId, dots, voters, rank, tied: (countOf.get(dots) ?? 0) > 1 };
  });
}

/** The closed vote's bar chart: one row per item, most dots first, bar lengths relative to the most voted item. */
import type { PlenaryItem, RankedItemView } from '@/lib/realtime/contract';

export type RankingBar = {
  itemId: string;
  label: string;
  dots: number;
  voters: number;
  rank: number;
  tied: boolean;
  /** The bar's length, 0–1 of the longest (the most dots); 0 when nobody placed a dot. */
  fraction: number;
};

/** The ranking's rows in its order (ties keep their shared rank); items no longer known are left out. */
export function rankingBars(ranking: readonly RankedItemView[], items: readonly PlenaryItem[]): RankingBar[] {
  const labels = new Map(items.map((item) => [item.id, item.label]));
  const most = ranking.reduce((max, row) => Math.max(max, row.dots), 0);
  return ranking.flatMap((row) => {
    const label = labels.get(row.itemId);
    if (label === undefined) return [];
    return [{ ...row, label, fraction: most > 0 ? row.dots / most : 0 }];
  });
}

/**
 * What a screen with little room shows (the projector): the items that got dots, at most `max` —
 * but never part of a tie: the items tied with the last one shown are all shown. `hidden` counts the rest.
 */
export function topBars(bars: readonly RankingBar[], max: number): { shown: RankingBar[]; hidden: number } {
  const voted = bars.filter((bar) => bar.dots > 0);
  const last = voted[Math.min(max, voted.length) - 1];
  const shown = last === undefined ? [] : voted.filter((bar, i) => i < max || bar.rank === last.rank);
  return { shown, hidden: bars.length - shown.length };
}

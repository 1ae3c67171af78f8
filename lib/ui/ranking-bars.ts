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

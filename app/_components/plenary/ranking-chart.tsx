'use client';
import { useTranslations } from 'use-intl';
import type { PlenaryItem, RankedItemView } from '@/lib/realtime/contract';
import { rankingBars, topBars } from '@/lib/ui/ranking-bars';
import styles from './plenary.module.css';

type Props = {
  ranking: readonly RankedItemView[];
  items: readonly PlenaryItem[];
  className?: string;
  /** Where room is short (the projector): only the items with dots, at most this many (ties kept whole). */
  max?: number;
};

/**
 * The closed vote as a bar chart: a list, most dots first, each row with its rank (ties marked in
 * words), its label, a bar and the dots written out — the bar is never the only carrier of the figure.
 * Sized in em: each screen sets the font size.
 */
export function RankingChart({ ranking, items, className = '', max }: Props) {
  const t = useTranslations('plenaryA');
  const bars = rankingBars(ranking, items);
  const { shown, hidden } = max === undefined ? { shown: bars, hidden: 0 } : topBars(bars, max);
  return (
    <ol className={`${styles.chart} ${className}`} aria-label={t('rankingLabel')} data-testid="ranking-chart">
      {shown.map((bar) => (
        <li key={bar.itemId} className={styles.chartRow} data-tied={bar.tied}>
          <span className={styles.chartRank}>{bar.tied ? t('rankTied', { n: bar.rank }) : t('rank', { n: bar.rank })}</span>
          <span className={styles.chartLabel}>{bar.label}</span>
          <span className={styles.chartBarCell} aria-hidden="true">
            <span className={styles.chartBar} style={{ width: `${Math.round(bar.fraction * 1000) / 10}%` }} />
          </span>
          <span className={styles.chartValue}>{t('dots', { count: bar.dots })}</span>
        </li>
      ))}
      {hidden > 0 ? <li className={styles.chartMore}>{t('moreItems', { count: hidden })}</li> : null}
    </ol>
  );
}

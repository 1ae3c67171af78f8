'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import { RankingChart } from '@/app/_components/plenary/ranking-chart';
import { VoteProgress } from '@/app/_components/plenary/vote-progress';
import type { PlenaryProjectorProps } from './plenary-projector-props';
import styles from './plenary-projector.module.css';
import { useFittedContent } from '@/app/_components/use-fitted-content';

/** The projector's chart shows the items with dots, at most this many (more would not read from the back). */
const PROJECTOR_RANKING_MAX = 10;

/** The silent vote: before the close only the items and how many have voted (never a tally); after it, the ranking as a bar chart. */
export function VoteProjector({ view, plenary, serverNow }: PlenaryProjectorProps) {
  const t = useTranslations('plenaryA');
  const { vote, items } = plenary;
  const { timer } = view.live;
  const ranking = vote.status === 'closed' ? vote.ranking : null;
  const fitted = useFittedContent([items, ranking, vote.status], 1.8, 4.4);
  return (
    <div className={styles.layout} data-testid="vote-projector">
      <div className={styles.head}>
        <div className={styles.headText}>
          <h2 className={styles.heading}>{ranking ? t('results') : t('silentVote')}</h2>
          {ranking ? (
            <p className={styles.sub}>{t('resultsHint')}</p>
          ) : (
            <>
              <VoteProgress progress={view.plenaryProgress} className={styles.progress} />
              <p className={styles.sub}>{vote.status === 'open' ? t('voteOnPhones', { count: view.session.plenary.dotsPerPerson }) : t('voteNotOpenYet')}</p>
            </>
          )}
        </div>
        {timer && !ranking ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
      </div>
      <div ref={fitted.box} className={styles.fitBox}>
        <div ref={fitted.content}>
          {ranking ? (
            <RankingChart ranking={ranking} items={items} max={PROJECTOR_RANKING_MAX} />
          ) : (
            <ul className={styles.items} aria-label={t('itemsLabel')}>
              {items.map((item) => (
                <li key={item.id}>
                  {item.label}
                  {item.table !== null ? <span className={styles.itemTable}> · {t('tableN', { n: item.table })}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}

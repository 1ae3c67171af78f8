'use client';
import { useTranslations } from 'use-intl';
import { myRatedCount } from '@/lib/ui/effort-gain-matrix';
import type { PlenaryPhoneProps } from './plenary-phone-props';
import { RatingCard } from './rating-card';
import styles from './rating.module.css';

/** When everyone rates: each shortlisted item's gain and effort, 1–5, saved as soon as both are picked; "rated 3 of 6". */
export function AssessmentPhone({ view, plenary, send }: PlenaryPhoneProps) {
  const t = useTranslations('plenaryB.phone');
  if (view.session.plenary.ratedBy !== 'everyone') return null;
  const mine = view.myPlenary?.ratings ?? {};
  const labels = new Map(plenary.items.map((item) => [item.id, item.label]));
  const shortlist = plenary.shortlist.filter((id) => labels.has(id));
  const { rated, of } = myRatedCount(shortlist, mine);

  return (
    <section aria-labelledby="rating-heading" className="card stack">
      {/* The step's instruction above already says it in large type: named for screen readers only. */}
      <h2 id="rating-heading" className="visually-hidden">
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      <p className={styles.progress} aria-live="polite">
        {t('progress', { count: rated, total: of })}
      </p>
      {shortlist.length === 0 ? <p className="muted">{t('none')}</p> : null}
      <ol className={styles.items}>
        {shortlist.map((id, i) => (
          <RatingCard key={id} number={i + 1} itemId={id} label={labels.get(id) ?? ''} mine={mine[id] ?? null} send={send} />
        ))}
      </ol>
      {of > 0 && rated === of ? <p className="notice">{t('done')}</p> : null}
    </section>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { EffortGainMatrix } from '@/app/_components/plenary/effort-gain-matrix';
import type { PlenaryProjectorProps } from './plenary-projector-props';
import styles from './plenary-b.module.css';

/** Effort × gain, large: the matrix filling the screen, its legend beside it (under it at 4:3); "12 of 41 have rated" until the figures are shown. */
export function AssessmentProjector({ view, plenary }: PlenaryProjectorProps) {
  const t = useTranslations('plenaryB.matrix');
  return (
    <div className={`${styles.screen} ${styles.matrixScreen}`}>
      <h2 className={styles.title}>{t('title')}</h2>
      <EffortGainMatrix matrix={plenary.matrix} items={plenary.items} progress={view.plenaryProgress ?? null} idPrefix="projector-matrix" large />
    </div>
  );
}

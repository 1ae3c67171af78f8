'use client';
import { useTranslations } from 'use-intl';
import type { RotationProgress } from '@/lib/realtime/contract';
import { stillMoving } from '@/lib/ui/rotation-preview';
import styles from './projector.module.css';

/** Between rounds: find your new table on your phone, and how many are still looking (large). */
export function ProjectorRotation({ moving }: { moving: RotationProgress | null }) {
  const t = useTranslations('screen');
  const left = stillMoving(moving);
  return (
    <>
      {/* Before the new seating is applied: the same words as the phones. */}
      <h2 className={styles.bigMessage}>{moving ? t('findTable') : t('rotation')}</h2>
      {moving ? (
        <p className={styles.moving} aria-live="polite" data-testid="still-moving">
          {left > 0 ? <span className={styles.movingCount}>{left}</span> : null}
          <span className={styles.movingLabel}>{t('stillMoving', { count: left })}</span>
        </p>
      ) : (
        <p className={styles.hint}>{t('waitSeating')}</p>
      )}
      <p className={styles.hint}>{t('lateJoin')}</p>
    </>
  );
}

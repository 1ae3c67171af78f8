'use client';
import { useTranslations } from 'use-intl';
import type { RotationProgress } from '@/lib/realtime/contract';
import styles from './rotation.module.css';

/** "28 of 35 people at their new table", with a bar. */
export function CheckInProgress({ moving }: { moving: RotationProgress }) {
  const t = useTranslations('rotation');
  const text = t('progress', { checkedIn: moving.checkedIn, total: moving.total });
  return (
    <div className={styles.progress}>
      <p className={styles.progressText} aria-live="polite">
        {text}
      </p>
      <progress max={Math.max(1, moving.total)} value={moving.checkedIn} aria-label={text} />
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { elision } from '@/lib/i18n/elision';
import type { PlannedMover } from '@/lib/ui/rotation-preview';
import styles from './rotation.module.css';

type Props = { mover: PlannedMover; applied: boolean; picked: PlannedMover | null; disabled: boolean; onChoose(): void };

/** One person in the planned seating: a swap toggle before applying, "here" or "on the way" after. */
export function MoverRow({ mover, applied, picked, disabled, onChoose }: Props) {
  const t = useTranslations('rotation');
  const isPicked = picked?.id === mover.id;
  const label = isPicked
    ? t('swapCancel', { name: mover.displayName, elision: elision(mover.displayName) })
    : picked
      ? t('swapWith', { name: picked.displayName, other: mover.displayName })
      : t('swapLabel', { name: mover.displayName });
  return (
    <li className={styles.mover} data-picked={isPicked} data-here={applied ? mover.checkedIn : undefined}>
      <span className={styles.moverName}>
        <strong>{mover.displayName}</strong>
        {mover.groupLabel ? <span className="muted"> — {mover.groupLabel}</span> : null}
      </span>
      {applied ? (
        <span className="badge">{mover.checkedIn ? `✓ ${t('here')}` : t('onTheWay')}</span>
      ) : (
        <button type="button" className="btn" aria-pressed={isPicked} aria-label={label} disabled={disabled} onClick={onChoose}>
          {t('swap')}
        </button>
      )}
    </li>
  );
}

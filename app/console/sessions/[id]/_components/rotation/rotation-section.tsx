'use client';
import { useTranslations } from 'use-intl';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { nextRoundOf } from '@/lib/ui/rotation-preview';
import { RotationPanel } from './rotation-panel';
import styles from './rotation.module.css';

/**
 * The rotation panel wherever a next round exists: open in the lobby and between rounds, folded
 * during a round (the organiser may prepare the next seating while the tables work).
 */
export function RotationSection({ view, send }: { view: Snapshot; send: SessionSocket['send'] }) {
  const t = useTranslations('rotation');
  const nextRound = nextRoundOf(view.live.stage, view.session.rounds.length);
  if (nextRound === null) return null;
  const panel = <RotationPanel key={nextRound} view={view} nextRound={nextRound} send={send} />;
  if (view.live.stage.kind !== 'phase') return panel;
  return (
    <details className={styles.prepare}>
      <summary>{t('headingNext', { round: nextRound + 1 })}</summary>
      {panel}
    </details>
  );
}

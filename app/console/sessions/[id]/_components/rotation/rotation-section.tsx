'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { nextRoundOf } from '@/lib/domain/rotation/next-round';
import { RotationPanel } from './rotation-panel';
import styles from './rotation.module.css';

type Socket = Pick<SessionSocket, 'send' | 'loadParticipants'>;

/**
 * The rotation panel wherever a next round exists: open in the lobby and between rounds, folded
 * during a round (the organiser may prepare the next seating while the tables work; it loads the
 * people's names when opened).
 */
export function RotationSection({ view, socket }: { view: Snapshot; socket: Socket }) {
  const t = useTranslations('rotation');
  const [unfolded, setUnfolded] = useState(false);
  const nextRound = nextRoundOf(view.live.stage, view.session.rounds.length);
  if (nextRound === null) return null;
  const panel = <RotationPanel key={nextRound} view={view} nextRound={nextRound} socket={socket} />;
  if (view.live.stage.kind !== 'phase') return panel;
  return (
    <details className={styles.prepare} open={unfolded} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
      <summary>{t('headingNext', { round: nextRound + 1 })}</summary>
      {unfolded ? panel : null}
    </details>
  );
}

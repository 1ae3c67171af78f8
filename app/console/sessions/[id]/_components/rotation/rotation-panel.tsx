'use client';
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { canApplyRotation } from '@/lib/ui/rotation-preview';
import { ApplyRotation } from './apply-rotation';
import { CheckInProgress } from './check-in-progress';
import { ConstraintsSection } from './constraints-section';
import { MixingFigures } from './mixing-figures';
import styles from './rotation.module.css';
import { SeatingPreview } from './seating-preview';

type Props = { view: Snapshot; nextRound: number; socket: Pick<SessionSocket, 'send' | 'loadParticipants'> };

/** Plan the next round's seating, read how well it mixes next to the bound, swap people by hand, apply, follow the check-ins. */
export function RotationPanel({ view, nextRound, socket }: Props) {
  const t = useTranslations('rotation');
  const { send, loadParticipants } = socket;
  // The preview and the wishes name people: the list comes when the panel shows.
  useEffect(() => loadParticipants(), [loadParticipants]);
  const { run, busy, error } = useCommand(send);
  const [capTwo, setCapTwo] = useState(view.rotation?.maxMeetings === 2);
  const capId = useId();
  const rotation = view.rotation && view.rotation.round === nextRound ? view.rotation : null;
  const applied = rotation?.status === 'applied';
  const { stage } = view.live;
  const round = nextRound + 1;

  const plan = (seed?: number, cap = capTwo) =>
    void run('rotation:plan', { commandId: newCommandId(), maxMeetings: cap ? 2 : null, ...(seed !== undefined ? { seed } : {}) });

  const intro = stage.kind === 'phase' ? t('introDuring', { round }) : nextRound === 0 ? t('introFirst') : t('introNext', { round });
  return (
    <section aria-labelledby="rotation-heading" className="card stack" aria-busy={busy}>
      <div className="spread">
        <h2 id="rotation-heading">{nextRound === 0 ? t('headingFirst') : t('headingNext', { round })}</h2>
        {rotation ? <span className="badge">{applied ? t('applied') : t('planned')}</span> : null}
      </div>
      <p>{intro}</p>
      {applied ? null : (
        <div className={styles.planControls}>
          <div className="checkbox">
            <input
              id={capId}
              type="checkbox"
              checked={capTwo}
              disabled={busy}
              aria-describedby={`${capId}-hint`}
              onChange={(e) => {
                setCapTwo(e.target.checked);
                // The same draw with the new rule: the organiser compares like with like.
                if (rotation) plan(rotation.seed, e.target.checked);
              }}
            />
            <div>
              <label htmlFor={capId} className="label">
                {t('maxTwice')}
              </label>
              <div id={`${capId}-hint`} className="hint">
                {t('maxTwiceHint')}
              </div>
            </div>
          </div>
          <div className="cluster">
            <button type="button" className={`btn ${rotation ? '' : 'btn-primary'} btn-large`} disabled={busy} onClick={() => plan()}>
              {rotation ? t('reroll') : t('preview')}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={styles.busy}>
        {busy ? t('planning') : ''}
      </p>
      <AckError code={error} />
      {view.moving && view.moving.round === nextRound ? <CheckInProgress moving={view.moving} /> : null}
      <ConstraintsSection view={view} rotation={rotation} nextRound={nextRound} send={send} />
      {rotation ? (
        <>
          <MixingFigures rotation={rotation} limits={view.session} />
          <SeatingPreview view={view} rotation={rotation} send={send} />
          {applied ? null : <ApplyRotation movers={rotation.seats.length} allowed={canApplyRotation(stage)} send={send} />}
        </>
      ) : null}
    </section>
  );
}

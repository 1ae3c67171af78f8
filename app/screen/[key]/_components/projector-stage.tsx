'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { Snapshot } from '@/lib/realtime/contract';
import type { Phase } from '@/lib/domain/session-machine';
import { ProjectorRotation } from './projector-rotation';
import { useFittedQuestion } from './use-fitted-question';
import styles from './projector.module.css';

type Props = { view: Snapshot; stageText: string; serverNow(): number };

/** The middle of the screen, by stage. */
export function ProjectorStage({ view, stageText, serverNow }: Props) {
  const t = useTranslations();
  const { stage } = view.live;
  switch (stage.kind) {
    case 'lobby':
      // Round 1's seating applied in the lobby: the same "find your table" as between rounds.
      if (view.moving) return <ProjectorRotation moving={view.moving} />;
      return <Message title={t('screen.lobby')} hint={t('screen.lobbyHint')} />;
    case 'rotation':
      return <ProjectorRotation moving={view.moving ?? null} />;
    case 'plenary':
      return <Message title={t('screen.plenary')} hint={t('screen.plenaryHint')} />;
    case 'closed':
      return <Message title={t('screen.closed')} hint={t('screen.closedHint')} />;
    case 'phase':
      return <PhaseStage view={view} stageText={stageText} serverNow={serverNow} phase={stage.phase} round={stage.round} />;
  }
}

/** A phase: its name and instruction, the big timer, and the question whole, its type fitted to the space left. */
function PhaseStage({ view, stageText, serverNow, phase, round }: Props & { phase: Phase; round: number }) {
  const t = useTranslations();
  const { timer } = view.live;
  const question = view.session.rounds[round]?.question ?? '';
  const fitted = useFittedQuestion([question, stageText, timer?.status, timer === null]);
  return (
    <div ref={fitted.box} className={styles.fitBox}>
      <div ref={fitted.content} className={styles.stageContent}>
        <div className={styles.phaseLine}>
          <p className={styles.phase}>{stageText}</p>
          <p className={styles.instruction}>{t(`instruction.${phase}`)}</p>
        </div>
        {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
        <h2 ref={fitted.question} className={styles.question} id="current-question">
          {question}
        </h2>
      </div>
    </div>
  );
}

function Message({ title, hint }: { title: string; hint: string }) {
  return (
    <>
      <h2 className={styles.bigMessage}>{title}</h2>
      <p className={styles.hint}>{hint}</p>
    </>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { Snapshot } from '@/lib/realtime/contract';
import { ProjectorRotation } from './projector-rotation';
import styles from './projector.module.css';

type Props = { view: Snapshot; stageText: string; serverNow(): number };

/** The middle of the screen, by stage. */
export function ProjectorStage({ view, stageText, serverNow }: Props) {
  const t = useTranslations();
  const { stage, timer } = view.live;
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
    case 'phase': {
      const question = view.session.rounds[stage.round]?.question ?? '';
      return (
        <>
          <div className={styles.phaseLine}>
            <p className={styles.phase}>{stageText}</p>
            <p className={styles.instruction}>{t(`instruction.${stage.phase}`)}</p>
          </div>
          {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
          <h2 className={styles.question} id="current-question">
            {question}
          </h2>
        </>
      );
    }
  }
}

function Message({ title, hint }: { title: string; hint: string }) {
  return (
    <>
      <h2 className={styles.bigMessage}>{title}</h2>
      <p className={styles.hint}>{hint}</p>
    </>
  );
}

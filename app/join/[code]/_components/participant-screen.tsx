'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { useStageText } from '@/app/_components/use-stage-text';
import type { ParticipantView, Snapshot } from '@/lib/realtime/contract';
import styles from './phone.module.css';

type Props = { view: Snapshot; me: ParticipantView; serverNow(): number };

/** What a participant sees, by stage. */
export function ParticipantScreen({ view, me, serverNow }: Props) {
  const t = useTranslations();
  const stageText = useStageText();
  const { stage, timer } = view.live;
  const total = view.session.rounds.length;

  let body;
  switch (stage.kind) {
    case 'lobby':
      body = (
        <>
          <h2 className={styles.status}>{t('phone.waiting')}</h2>
          <p className="muted">{t('common.participants', { count: view.participantCount })}</p>
        </>
      );
      break;
    case 'phase':
      body = (
        <>
          <p className={styles.round}>{t('stage.roundOf', { round: stage.round + 1, total })}</p>
          <h2 className={styles.phase}>{t(`phase.${stage.phase}`)}</h2>
          {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
          <p className={styles.instruction}>{t(`instruction.${stage.phase}`)}</p>
          <p className={`question ${styles.question}`} id="current-question">
            {view.session.rounds[stage.round]?.question}
          </p>
        </>
      );
      break;
    case 'rotation':
      body = <h2 className={styles.status}>{t('phone.rotation')}</h2>;
      break;
    case 'plenary':
      body = <h2 className={styles.status}>{t('phone.plenary')}</h2>;
      break;
    case 'closed':
      body = <h2 className={styles.status}>{t('phone.closed')}</h2>;
      break;
  }

  return (
    <div className="stack">
      <div>
        <h1 className={styles.title}>{view.session.title}</h1>
        <p className="muted">
          {t('phone.you', { name: me.displayName })}
          {me.groupLabel ? ` · ${me.groupLabel}` : ''}
        </p>
      </div>
      <StageAnnouncer text={stageText(stage, total)} />
      <section className={`card stack-sm ${styles.stage}`}>{body}</section>
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { Snapshot } from '@/lib/realtime/contract';
import styles from './live-console.module.css';

type Props = { view: Snapshot; stageText: string; serverNow(): number };

/** Where the session is: stage, current question, the big countdown. */
export function StagePanel({ view, stageText, serverNow }: Props) {
  const t = useTranslations('live');
  const { stage, timer } = view.live;
  const question = stage.kind === 'phase' ? view.session.rounds[stage.round]?.question : undefined;
  return (
    <div className={`card stack ${styles.stagePanel}`}>
      <p className={styles.stageName}>{stageText}</p>
      {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
      <section aria-labelledby="question-heading">
        <h2 id="question-heading" className={styles.smallHeading}>
          {t('question')}
        </h2>
        {question ? (
          <p className="question" id="current-question">
            {question}
          </p>
        ) : (
          <p className="muted">{t('noQuestion')}</p>
        )}
      </section>
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { Snapshot } from '@/lib/realtime/contract';
import type { PlenaryStage } from '@/lib/domain/plenary/plenary-sequence';
import { plenaryPhoneInstruction } from '@/lib/ui/plenary-words';
import type { RotationMoment } from '@/lib/ui/rotation-moment';
import { ClosedStatus } from './closed-status';
import styles from './phone.module.css';

type PhaseStage = { kind: 'phase'; round: number; phase: 'reflection' | 'sharing' | 'consolidation' };

/** During a phase: the round, the phase and its timer on one compact line that stays at the top while scrolling. */
export function StageBar({ view, stage, serverNow }: { view: Snapshot; stage: PhaseStage; serverNow(): number }) {
  const t = useTranslations();
  const { timer } = view.live;
  return (
    <div className={styles.stageBar} data-testid="stage-bar">
      <p className={styles.barText}>
        <span className={styles.barRound}>{t('stage.roundOf', { round: stage.round + 1, total: view.session.rounds.length })}</span>
        <strong className={styles.barPhase}>{t(`phase.${stage.phase}`)}</strong>
      </p>
      {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.barTimer} /> : null}
    </div>
  );
}

/** During a phase: what to do now, and the round's question. */
export function QuestionCard({ view, stage }: { view: Snapshot; stage: PhaseStage }) {
  const t = useTranslations();
  return (
    <section className={`card stack-sm ${styles.questionCard}`}>
      <p className={styles.instruction}>{t(`instruction.${stage.phase}`)}</p>
      <h2 className={`question ${styles.question}`} id="current-question">
        {view.session.rounds[stage.round]?.question}
      </h2>
    </section>
  );
}

/** Outside the phases: the stage in large type. */
export function StatusCard({ view, moment }: { view: Snapshot; moment: RotationMoment }) {
  const t = useTranslations();
  const { stage } = view.live;
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
    case 'rotation':
      // Until the phone shows where to go, the same words as the projector.
      body = (
        <>
          <h2 className={styles.status}>{t('screen.rotation')}</h2>
          {moment.kind === 'none' ? <p>{t('screen.waitSeating')}</p> : null}
          {moment.kind === 'hosting' ? <p>{t('phone.hostStays')}</p> : null}
          {moment.kind === 'arrived' ? <p>{t('phone.nextRoundSoon')}</p> : null}
        </>
      );
      break;
    case 'plenary':
      body = <PlenaryStatus view={view} stage={stage} />;
      break;
    case 'closed':
      body = (
        <>
          <h2 className={styles.status}>{t('phone.closed')}</h2>
          <ClosedStatus view={view} />
        </>
      );
      break;
    case 'phase':
      return null;
  }
  return <section className={`card stack-sm ${styles.stage}`}>{body}</section>;
}

/** During the plenary: what to do at its step (listen, present, place dots, rate, or wait for the organiser). */
function PlenaryStatus({ view, stage }: { view: Snapshot; stage: PlenaryStage }) {
  const t = useTranslations('plenaryStage');
  const presentingTable = view.plenary?.restitution?.table.id ?? null;
  const { me, table } = view;
  const presenting = presentingTable !== null && me !== undefined && table?.tableId === presentingTable && table.hostId === me.id;
  const words = plenaryPhoneInstruction(stage, {
    ratedBy: view.session.plenary.ratedBy,
    voteStatus: view.plenary?.vote.status ?? 'not-started',
    presenting,
  });
  return (
    <h2 className={styles.status} data-testid="plenary-status">
      {t(words.key, words.values)}
    </h2>
  );
}

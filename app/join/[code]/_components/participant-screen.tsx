'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { RosterList } from '@/app/_components/table/roster-list';
import { useStageText } from '@/app/_components/use-stage-text';
import type { ParticipantView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { phoneLayout } from '@/lib/ui/phone-layout';
import { ArrivedCard } from './arrival/arrived-card';
import { ComingList } from './arrival/coming-list';
import { ClosedSynthesis } from './closed-synthesis';
import { DestinationCard } from './arrival/destination-card';
import { MyTurn } from './my-turn';
import { PhaseContent } from './phase-content';
import styles from './phone.module.css';
import { SeatForm } from './seat-form';
import { TableHeader } from './table-header';
import { useNoteOutbox } from './use-note-outbox';

type Props = { view: Snapshot; me: ParticipantView; send: SessionSocket['send']; status: SessionSocket['status']; serverNow(): number };

/** What a participant (or a table's host) sees, by stage. */
export function ParticipantScreen({ view, me, send, status, serverNow }: Props) {
  const t = useTranslations();
  const stageText = useStageText();
  const outbox = useNoteOutbox(view.session.code, me.id, send, status);
  const { stage, timer } = view.live;
  const total = view.session.rounds.length;
  const layout = phoneLayout(view, me);
  const { seat, hostName, isHost, table, moment } = layout;

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

  const tablePart = {
    destination: moment.kind === 'go' ? <DestinationCard table={moment.table} send={send} /> : null,
    header: seat ? <TableHeader table={seat} hostName={hostName} isHost={isHost} /> : null,
    'seat-form': <SeatForm send={send} tableCount={view.session.tables.length} />,
    none: null,
  }[layout.tablePart];
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
      {layout.arrivedCard && moment.kind === 'arrived' ? <ArrivedCard table={moment.table} /> : null}
      {tablePart}
      {/* The speaker's own screen says it first, above the phase. */}
      {layout.myTurn && table ? <MyTurn table={table} meId={me.id} serverNow={serverNow} /> : null}
      <section className={`card stack-sm ${styles.stage}`}>{body}</section>
      {stage.kind === 'closed' ? (
        <ClosedSynthesis view={view} />
      ) : (
        <PhaseContent view={view} me={me} table={table} isHost={isHost} send={send} serverNow={serverNow} outbox={outbox} />
      )}
      {layout.comingList && table ? <ComingList table={table} /> : null}
      {layout.roster && table ? (
        <div className="card">
          <RosterList roster={table.roster} hostId={table.hostId} meId={me.id} />
        </div>
      ) : null}
    </div>
  );
}

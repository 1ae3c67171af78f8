'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { RosterList } from '@/app/_components/table/roster-list';
import { useStageText } from '@/app/_components/use-stage-text';
import type { ParticipantView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { ArrivedCard } from './arrival/arrived-card';
import { ComingList } from './arrival/coming-list';
import { DestinationCard } from './arrival/destination-card';
import { rotationMoment } from '@/lib/ui/rotation-moment';
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
  const seat = view.seating.find((s) => s.id === me.tableId) ?? null;
  const isHost = seat !== null && seat.hostId === me.id;
  const table = view.table && view.table.tableId === me.tableId ? view.table : null;

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

  const sharing = stage.kind === 'phase' && stage.phase === 'sharing';
  const moment = rotationMoment(view, isHost);
  const destination = moment.kind === 'go' || moment.kind === 'arrived' ? moment.table : null;
  // Between rounds the host follows who is coming; in the lobby only once a seating sent people over.
  const showComing = isHost && table !== null && moment.kind === 'hosting' && (stage.kind === 'rotation' || table.roster.some((p) => p.here === false));
  const showRoster = table !== null && !showComing && (isHost || stage.kind === 'lobby');
  let tablePart;
  if (moment.kind === 'go' && destination) tablePart = <DestinationCard table={destination} send={send} />;
  else if (seat) tablePart = <TableHeader table={seat} isHost={isHost} />;
  else if (stage.kind !== 'closed') tablePart = <SeatForm send={send} tableCount={view.seating.length} />;
  else tablePart = null;
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
      {moment.kind === 'arrived' && destination ? <ArrivedCard table={destination} /> : null}
      {tablePart}
      {/* The speaker's own screen says it first, above the phase. */}
      {sharing && table ? <MyTurn table={table} meId={me.id} serverNow={serverNow} /> : null}
      <section className={`card stack-sm ${styles.stage}`}>{body}</section>
      <PhaseContent view={view} me={me} table={table} isHost={isHost} send={send} serverNow={serverNow} outbox={outbox} />
      {showComing && table ? <ComingList table={table} /> : null}
      {showRoster && table ? (
        <div className="card">
          <RosterList roster={table.roster} hostId={table.hostId} meId={me.id} />
        </div>
      ) : null}
    </div>
  );
}

'use client';
import { Fragment, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { StageAnnouncer } from '@/app/_components/stage-announcer';
import { RosterList } from '@/app/_components/table/roster-list';
import { TurnControls } from '@/app/_components/table/turn-controls';
import { useStageText } from '@/app/_components/use-stage-text';
import type { ParticipantView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { phoneLayout, type PhonePart } from '@/lib/ui/phone-layout';
import { ArrivedCard } from './arrival/arrived-card';
import { ComingList } from './arrival/coming-list';
import { ClosedSynthesis } from './closed-synthesis';
import { DestinationCard } from './arrival/destination-card';
import { MyTurn } from './my-turn';
import { PhaseContent } from './phase-content';
import styles from './phone.module.css';
import { SeatForm } from './seat-form';
import { QuestionCard, StageBar, StatusCard } from './stage-parts';
import { TableHeader } from './table-header';
import { PlenaryPhone } from './plenary/plenary-phone';
import { useNoteOutbox } from './use-note-outbox';

type Props = { view: Snapshot; me: ParticipantView; send: SessionSocket['send']; status: SessionSocket['status']; serverNow(): number };

/** What a participant (or a table's host) sees, by stage, in the order the layout rules give (lib/ui/phone-layout). */
export function ParticipantScreen({ view, me, send, status, serverNow }: Props) {
  const t = useTranslations();
  const stageText = useStageText();
  const outbox = useNoteOutbox(view.session.code, me.id, send, status);
  const { stage } = view.live;
  const layout = phoneLayout(view, me);
  const { seat, hostName, isHost, table, moment } = layout;

  const part = (name: PhonePart): ReactNode => {
    switch (name) {
      case 'stage-bar':
        return stage.kind === 'phase' ? <StageBar view={view} stage={stage} serverNow={serverNow} /> : null;
      case 'question':
        return stage.kind === 'phase' ? <QuestionCard view={view} stage={stage} /> : null;
      case 'status':
        return <StatusCard view={view} moment={moment} />;
      case 'phase-content':
        if (stage.kind === 'closed') return <ClosedSynthesis view={view} />;
        return <PhaseContent view={view} me={me} table={table} isHost={isHost} send={send} serverNow={serverNow} outbox={outbox} />;
      case 'arrived':
        return moment.kind === 'arrived' ? <ArrivedCard table={moment.table} /> : null;
      case 'destination':
        return moment.kind === 'go' ? <DestinationCard table={moment.table} send={send} /> : null;
      case 'table-header':
        return seat ? <TableHeader table={seat} hostName={hostName} isHost={isHost} /> : null;
      case 'seat-form':
        return <SeatForm send={send} tableCount={view.session.tableCount} />;
      case 'my-turn':
        return table ? <MyTurn table={table} meId={me.id} serverNow={serverNow} /> : null;
      case 'coming':
        return table ? <ComingList table={table} /> : null;
      case 'plenary':
        return <PlenaryPhone view={view} me={me} send={send} serverNow={serverNow} />;
      case 'roster':
        return table ? (
          <div className="card">
            <RosterList roster={table.roster} hostId={table.hostId} meId={me.id} />
          </div>
        ) : null;
    }
  };

  return (
    <div className="stack">
      <div>
        <h1 className={styles.title}>{view.session.title}</h1>
        <p className="muted">
          {t('phone.you', { name: me.displayName })}
          {me.groupLabel ? ` · ${me.groupLabel}` : ''}
        </p>
      </div>
      <StageAnnouncer text={stageText(stage, view.session)} />
      {layout.order.map((name) => (
        <Fragment key={name}>{part(name)}</Fragment>
      ))}
      {layout.hostBar === 'turns' && table ? (
        <section className={styles.hostBar} aria-label={t('table.turnControls')}>
          <TurnControls table={table} send={send} compact />
        </section>
      ) : null}
    </div>
  );
}

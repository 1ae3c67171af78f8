'use client';
import { useTranslations } from 'use-intl';
import { useNow } from '@/app/_components/use-now';
import { ConsolidationEditor } from '@/app/_components/table/consolidation-editor';
import { IdeaList } from '@/app/_components/table/idea-list';
import { RecapCard } from '@/app/_components/table/recap-card';
import { SharedNotes } from '@/app/_components/table/shared-notes';
import { SpeakingOrder } from '@/app/_components/table/speaking-order';
import type { ParticipantView, Snapshot, TableView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { mergeNotes } from '@/lib/ui/outbox';
import { myTurn, recapVisible } from '@/lib/ui/table-status';
import { NotesEditor } from './notes-editor';
import type { NoteOutbox } from './use-note-outbox';

type Props = {
  view: Snapshot;
  me: ParticipantView;
  table: TableView | null;
  isHost: boolean;
  send: SessionSocket['send'];
  serverNow(): number;
  outbox: NoteOutbox;
};

/** Below the stage card: what this phase asks of a participant, and of the table's host. */
export function PhaseContent({ view, me, table, isHost, send, serverNow, outbox }: Props) {
  const t = useTranslations();
  const { stage, timer } = view.live;
  const react = { mine: view.myPlusOnes ?? [], send };
  // The recap window closes with time: look again every few seconds.
  const now = useNow(serverNow, 5_000);

  if (stage.kind === 'lobby') return null;
  if (stage.kind !== 'phase') {
    return table ? (
      <div className="card">
        <IdeaList ideas={table.ideas} heading={t('table.roundIdeas')} />
      </div>
    ) : null;
  }

  switch (stage.phase) {
    case 'reflection': {
      const notes = mergeNotes(view.myNotes ?? [], outbox.entries, stage.round);
      const showRecap = table !== null && (isHost ? stage.round > 0 && !table.recapClosed && table.recap.length > 0 : recapVisible(table, stage, timer, now));
      return (
        <>
          {isHost && table ? <p className="notice">{t('table.notesWritten', { count: table.notesWritten })}</p> : null}
          {showRecap && table ? <RecapCard recap={table.recap} closable={isHost ? { send } : undefined} /> : null}
          {me.tableId ? <NotesEditor notes={notes} round={stage.round} outbox={outbox} /> : <p className="notice">{t('notes.mustSit')}</p>}
        </>
      );
    }
    case 'sharing':
      if (!table) return null;
      return (
        <>
          {/* The host's turn controls are pinned to the bottom of the screen (participant-screen). */}
          <div className="card stack">
            <SpeakingOrder table={table} serverNow={serverNow} meId={me.id} hideTimer={myTurn(table.speaking, me.id) === 'speaking'} />
          </div>
          <div className="card">
            <SharedNotes notes={table.notes} react={react} />
          </div>
        </>
      );
    case 'consolidation':
      if (!table) return null;
      if (isHost) {
        return (
          <div className="card">
            <ConsolidationEditor table={table} send={send} />
          </div>
        );
      }
      return (
        <>
          <div className="card">
            <IdeaList ideas={table.ideas} heading={t('table.ideas')} react={react} />
          </div>
          <div className="card">
            <SharedNotes notes={table.notes} react={react} />
          </div>
        </>
      );
  }
}

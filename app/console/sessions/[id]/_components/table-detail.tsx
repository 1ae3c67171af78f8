'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import { TableSwatch } from '@/app/_components/table-swatch';
import { ConsolidationEditor } from '@/app/_components/table/consolidation-editor';
import { IdeaList } from '@/app/_components/table/idea-list';
import { RosterList } from '@/app/_components/table/roster-list';
import { SharedNotes } from '@/app/_components/table/shared-notes';
import { SpeakingOrder } from '@/app/_components/table/speaking-order';
import { TurnControls } from '@/app/_components/table/turn-controls';
import type { Snapshot, TableSummary, TableView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './board.module.css';
import { HostSelect } from './host-select';

type Props = { view: Snapshot; table: TableSummary; content: TableView | undefined; send: SessionSocket['send']; serverNow(): number };

/** One table's live content for the organiser: roster, shared notes, the tour de table, the ideas. */
export function TableDetail({ view, table, content, send, serverNow }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [table.id]);
  const { stage } = view.live;
  const inSharing = stage.kind === 'phase' && stage.phase === 'sharing';
  // From the consolidation on, the organiser can shape the ideas (the editor lists the shared notes itself); once closed, they are final.
  const closed = stage.kind === 'closed';
  const editing = stage.kind !== 'lobby' && !closed && !(stage.kind === 'phase' && stage.phase !== 'consolidation');

  return (
    <section className="card stack" aria-labelledby="detail-heading">
      <div className="table-card-head">
        <TableSwatch colour={table.colour} />
        <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
          {title(table)}
        </h2>
      </div>
      {content ? (
        <div className={styles.detail}>
          <div className="stack">
            <RosterList roster={content.roster} hostId={content.hostId} headingLevel="h3" />
            <HostSelect table={table} label={title(table)} participants={content.roster} send={send} disabled={closed} />
            {inSharing && content.speaking ? (
              <div className="stack-sm">
                <SpeakingOrder table={content} serverNow={serverNow} headingLevel="h3" />
                <TurnControls table={content} send={send} tableId={table.id} />
              </div>
            ) : null}
            {editing ? null : <SharedNotes notes={content.notes} headingLevel="h3" />}
          </div>
          {editing ? (
            <ConsolidationEditor table={content} send={send} tableId={table.id} />
          ) : (
            <IdeaList ideas={content.ideas} heading={t('table.ideas')} headingLevel="h3" />
          )}
        </div>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}

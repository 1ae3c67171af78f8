'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import { TableSwatch } from '@/app/_components/table-swatch';
import type { TableSummary, TableView } from '@/lib/realtime/contract';
import { currentSpeaker } from '@/lib/domain/speaking-order';
import { nameIn, rosterPresence, type TableAlert } from '@/lib/ui/table-status';
import styles from './board.module.css';
import { HostSelect } from './host-select';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

type Props = {
  table: TableSummary;
  content: TableView | undefined;
  participants: { id: string; displayName: string }[];
  alert: TableAlert | null;
  /** The tour de table is on: say who speaks. */
  sharing: boolean;
  selected: boolean;
  send: SessionSocket['send'];
  onOpen(): void;
  onHostLink(): void;
};

/** One table at a glance: who sits and hosts, what is written, who speaks; flagged in words when lagging. */
export function TableCard({ table, content, participants, alert, sharing, selected, send, onOpen, onHostLink }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const label = title(table);
  const roster = content?.roster ?? [];
  const { here, coming } = rosterPresence(roster);
  const speakerId = currentSpeaker(content?.speaking ?? null);
  const speaker = speakerId ? nameIn(roster, speakerId) : null;
  return (
    <li
      className={`table-card ${styles.tableCard}`}
      data-alert={alert !== null}
      data-selected={selected}
      style={{ ['--swatch' as string]: `var(--table-${table.colour})` }}
    >
      <div className="table-card-head">
        <TableSwatch colour={table.colour} />
        <h3>{label}</h3>
      </div>
      <p className="muted">{table.hostName ? t('seat.hostedBy', { name: table.hostName }) : t('board.noHost')}</p>
      {alert ? <p className={styles.alert}>{alert === 'no-notes' ? t('board.alertNoNotes') : t('board.alertNoIdeas')}</p> : null}
      <p className={styles.names}>
        <strong>{t('table.rosterCount', { count: here.length })}</strong>
        {here.length > 0 ? ` — ${here.map((p) => p.displayName).join(', ')}` : ''}
      </p>
      {coming.length > 0 ? (
        <p className={styles.names}>
          <strong>{t('board.coming', { count: coming.length })}</strong> — {coming.map((p) => p.displayName).join(', ')}
        </p>
      ) : null}
      <p>
        {t('board.notes', { written: content?.notesWritten ?? 0, shared: content?.notes.length ?? 0 })} ·{' '}
        {t('board.ideas', { count: content?.ideas.length ?? 0 })}
      </p>
      {sharing && speaker ? <p>{t('board.speaker', { name: speaker })}</p> : null}
      <HostSelect table={table} label={label} participants={participants} send={send} />
      <div className="cluster">
        <button type="button" className="btn btn-primary" aria-expanded={selected} aria-controls="table-detail" onClick={onOpen}>
          {selected ? t('board.closeDetail') : t('board.open', { name: label })}
        </button>
        <button type="button" className="btn" onClick={onHostLink} aria-label={`${t('board.hostLink')} — ${label}`}>
          {t('board.hostLink')}
        </button>
      </div>
    </li>
  );
}

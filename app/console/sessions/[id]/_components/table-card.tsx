'use client';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import { TableSwatch } from '@/app/_components/table-swatch';
import type { TableStats, TableSummary } from '@/lib/realtime/contract';
import type { TableAlert } from '@/lib/ui/table-status';
import styles from './board.module.css';

type Props = {
  table: TableSummary;
  stats: TableStats | undefined;
  /** Who sits here, when the console has the people's list (a small room): names next to the counts. */
  people: { id: string; displayName: string }[] | null;
  alert: TableAlert | null;
  /** The tour de table is on: say who speaks. */
  sharing: boolean;
  selected: boolean;
  onOpen(): void;
  onHostLink(): void;
};

/** One table at a glance: its host, how many sit there, what is written, who speaks; flagged in words when lagging. */
export function TableCard({ table, stats, people, alert, sharing, selected, onOpen, onHostLink }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const label = title(table);
  const arriving = new Set(stats?.arriving ?? []);
  const here = people?.filter((p) => !arriving.has(p.id)) ?? null;
  const coming = people?.filter((p) => arriving.has(p.id)) ?? null;
  const names = (list: { displayName: string }[] | null) => (list && list.length > 0 ? ` — ${list.map((p) => p.displayName).join(', ')}` : '');
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
        <strong>{t('table.rosterCount', { count: (stats?.seated ?? table.seated) - arriving.size })}</strong>
        {names(here)}
      </p>
      {arriving.size > 0 ? (
        <p className={styles.names}>
          <strong>{t('board.coming', { count: arriving.size })}</strong>
          {names(coming)}
        </p>
      ) : null}
      <p>
        {t('board.notes', { written: stats?.notesWritten ?? 0, shared: stats?.notesShared ?? 0 })} · {t('board.ideas', { count: stats?.ideas ?? 0 })}
      </p>
      {sharing && stats?.speakerName ? <p>{t('board.speaker', { name: stats.speakerName })}</p> : null}
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

'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import type { BoardFilter } from '@/lib/ui/workstream-board';
import styles from './workstreams.module.css';

type Props = { board: PlenaryBoard; filter: BoardFilter; onChange(filter: BoardFilter): void };

/** Narrow a large café's board to some words, or one table's ideas. */
export function WorkstreamsFilter({ board, filter, onChange }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const title = useTableTitle();
  const wordsId = useId();
  const tableId = useId();
  return (
    <div className={styles.row} role="search">
      <div className="field">
        <label htmlFor={wordsId}>{t('filterWords')}</label>
        <input id={wordsId} type="search" className="input" value={filter.words} onChange={(e) => onChange({ ...filter, words: e.target.value })} />
      </div>
      <div className="field">
        <label htmlFor={tableId}>{t('filterTable')}</label>
        <select id={tableId} className="select" value={filter.tableId ?? ''} onChange={(e) => onChange({ ...filter, tableId: e.target.value || null })}>
          <option value="">{t('allTables')}</option>
          {board.tables.map((table) => (
            <option key={table.id} value={table.id}>
              {title(table)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

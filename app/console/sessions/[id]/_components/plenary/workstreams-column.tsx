'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import type { BoardColumn } from '@/lib/ui/workstream-board';
import type { BoardCommand } from './workstreams-command';
import { WorkstreamsColumnHead } from './workstreams-column-head';
import { WorkstreamsEntry } from './workstreams-entry';
import styles from './workstreams.module.css';

type Props = {
  board: PlenaryBoard;
  column: BoardColumn;
  first: boolean;
  last: boolean;
  chosen: string[];
  merging: string[];
  command: BoardCommand;
  onChoose(id: string, on: boolean): void;
  onMergePick(id: string, on: boolean): void;
};

/** The drag's payload: the ideas carried (a ticked idea carries every ticked one with it). */
const DRAG_TYPE = 'application/x-tournee-ideas';

/** One list of the board ("not grouped" or a workstream), a drop target for ideas dragged with the mouse. */
export function WorkstreamsColumn({ board, column, first, last, chosen, merging, command, onChoose, onMergePick }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const [over, setOver] = useState(false);
  const workstreamId = column.workstream?.id ?? null;
  const headingId = `ws-${workstreamId ?? 'none'}`;
  const shown = column.entries.reduce((sum, entry) => sum + 1 + entry.same.length, 0);

  const drop = (ids: string[]) => {
    if (ids.length > 0) void command.run('workstream:place', { commandId: newCommandId(), ideaIds: ids, workstreamId });
  };

  return (
    <section
      aria-labelledby={headingId}
      className={`${styles.column} ${over ? styles.over : ''}`}
      data-testid="workstream-column"
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const raw = e.dataTransfer.getData(DRAG_TYPE);
        drop(raw ? raw.split(' ') : []);
      }}
    >
      <WorkstreamsColumnHead
        board={board}
        column={column}
        headingId={headingId}
        first={first}
        last={last}
        picked={workstreamId !== null && merging.includes(workstreamId)}
        command={command}
        onMergePick={onMergePick}
      />
      {shown < column.ideaCount ? <p className="hint">{t('hiddenByFilter', { count: column.ideaCount - shown })}</p> : null}
      {column.entries.length === 0 ? (
        <p className={`hint ${styles.empty}`}>{column.ideaCount === 0 ? t('emptyColumn') : t('noneMatch')}</p>
      ) : (
        <ul className={styles.entries}>
          {column.entries.map((entry) => (
            <WorkstreamsEntry
              key={entry.id}
              entry={entry}
              chosen={chosen.includes(entry.id)}
              command={command}
              onChoose={onChoose}
              onDragStart={(e) => {
                const ids = chosen.includes(entry.id) ? chosen : [entry.id];
                e.dataTransfer.setData(DRAG_TYPE, ids.join(' '));
                e.dataTransfer.effectAllowed = 'move';
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

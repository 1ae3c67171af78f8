'use client';
import { useId, type DragEvent } from 'react';
import { useTranslations } from 'use-intl';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { BoardEntry, BoardIdeaRef } from '@/lib/ui/workstream-board';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = { entry: BoardEntry; chosen: boolean; command: BoardCommand; onChoose(id: string, on: boolean): void; onDragStart(e: DragEvent): void };

function Origin({ idea }: { idea: BoardIdeaRef }) {
  const t = useTranslations('plenaryB.workstreams');
  const title = useTableTitle();
  return (
    <span className={styles.origin}>
      {idea.table ? <TableSwatch colour={idea.table.colour} /> : null}
      {t('origin', { table: idea.table ? title(idea.table) : '?', round: idea.round + 1 })}
    </span>
  );
}

/** An idea on the board: ticked to act on it with the keyboard, dragged with the mouse; the ideas marked the same as it under it. */
export function WorkstreamsEntry({ entry, chosen, command, onChoose, onDragStart }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const id = useId();
  const takeApart = async () => {
    for (const idea of entry.same) {
      const ack = await command.run('same-idea:unmark', { commandId: newCommandId(), ideaId: idea.id });
      if (!ack.ok) return;
    }
  };
  return (
    <li className={`${styles.entry} ${chosen ? styles.chosen : ''}`} draggable onDragStart={onDragStart} data-testid="board-idea">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={chosen} onChange={(e) => onChoose(entry.id, e.target.checked)} />
        <div>
          <label htmlFor={id} className={styles.ideaText}>
            {entry.text}
          </label>
          <Origin idea={entry} />
        </div>
      </div>
      {entry.same.length > 0 ? (
        <div className={styles.lineage}>
          <p className={styles.lineageTitle}>{t('sameAs', { count: entry.same.length })}</p>
          <ul className="plain-list">
            {entry.same.map((idea) => (
              <li key={idea.id}>
                <span>{idea.text}</span> <Origin idea={idea} />
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="btn btn-ghost"
            disabled={command.busy}
            onClick={() => void takeApart()}
            aria-label={t('takeApartLabel', { text: entry.text })}
          >
            {t('takeApart')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

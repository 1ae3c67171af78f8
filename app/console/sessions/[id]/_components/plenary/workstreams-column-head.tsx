'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import { movedOrder, type BoardColumn } from '@/lib/ui/workstream-board';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = {
  board: PlenaryBoard;
  column: BoardColumn;
  headingId: string;
  first: boolean;
  last: boolean;
  picked: boolean;
  command: BoardCommand;
  onMergePick(id: string, on: boolean): void;
};

/** A list's heading with its count; for a workstream: pick for merging, rename, move up or down, delete (asked first). */
export function WorkstreamsColumnHead({ board, column, headingId, first, last, picked, command, onMergePick }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const pickId = useId();
  const renameId = useId();
  const workstream = column.workstream;
  const count = <span className="badge">{t('ideaCount', { count: column.ideaCount })}</span>;
  if (!workstream) {
    return (
      <div className={styles.head}>
        <h3 id={headingId}>{t('notGrouped')}</h3>
        {count}
      </div>
    );
  }
  const order = [...board.workstreams].sort((a, b) => a.position - b.position).map((w) => w.id);
  const reorder = (by: -1 | 1) => void command.run('workstream:reorder', { commandId: newCommandId(), workstreamIds: movedOrder(order, workstream.id, by) });
  const rename = async (name: string) => {
    const ack = await command.run('workstream:rename', { commandId: newCommandId(), workstreamId: workstream.id, name });
    if (ack.ok) setRenaming(null);
  };

  return (
    <div className="stack-sm">
      <div className={styles.head}>
        <input
          id={pickId}
          type="checkbox"
          className={styles.pick}
          checked={picked}
          onChange={(e) => onMergePick(workstream.id, e.target.checked)}
          aria-label={t('pickToMerge', { name: workstream.name })}
        />
        <h3 id={headingId}>{workstream.name}</h3>
        {count}
      </div>
      {renaming !== null ? (
        <form
          className={styles.row}
          onSubmit={(e) => {
            e.preventDefault();
            if (renaming.trim()) void rename(renaming.trim());
          }}
        >
          <div className="field">
            <label htmlFor={renameId}>{t('renameLabel')}</label>
            <input id={renameId} className="input" value={renaming} maxLength={80} autoFocus onChange={(e) => setRenaming(e.target.value)} />
          </div>
          <button type="submit" className="btn btn-primary" disabled={command.busy || !renaming.trim()}>
            {t('save')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setRenaming(null)}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <div className={styles.tools}>
          <button type="button" className="btn btn-ghost" onClick={() => setRenaming(workstream.name)} aria-label={t('renameNamed', { name: workstream.name })}>
            {t('rename')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            disabled={command.busy || first}
            onClick={() => reorder(-1)}
            aria-label={t('moveUp', { name: workstream.name })}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            disabled={command.busy || last}
            onClick={() => reorder(1)}
            aria-label={t('moveDown', { name: workstream.name })}
          >
            ↓
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setDeleting(true)} aria-label={t('deleteNamed', { name: workstream.name })}>
            {t('delete')}
          </button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        danger
        title={t('deleteTitle', { name: workstream.name })}
        confirmLabel={t('delete')}
        onCancel={() => setDeleting(false)}
        onConfirm={() => {
          setDeleting(false);
          void command.run('workstream:delete', { commandId: newCommandId(), workstreamId: workstream.id });
        }}
      >
        <p>{t('deleteBody', { count: column.ideaCount })}</p>
      </ConfirmDialog>
    </div>
  );
}

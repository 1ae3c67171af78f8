'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import { splitSource } from '@/lib/ui/workstream-board';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = { board: PlenaryBoard; chosen: string[]; command: BoardCommand; onDone(): void };

/**
 * A new workstream, named here: empty, or with the ticked ideas — taken out of their workstream when
 * they all come from one (a split), gathered from anywhere otherwise.
 */
export function WorkstreamsCreate({ board, chosen, command, onDone }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const [name, setName] = useState('');
  const id = useId();
  const trimmed = name.trim();

  const create = async () => {
    if (!trimmed) return;
    const workstreamId = newCommandId();
    const source = splitSource(chosen, board);
    const ack =
      source !== null
        ? await command.run('workstream:split', {
            commandId: newCommandId(),
            workstreamId: source,
            ideaIds: chosen,
            newWorkstreamId: workstreamId,
            name: trimmed,
          })
        : await command.run('workstream:create', { commandId: newCommandId(), workstreamId, name: trimmed, ...(chosen.length > 0 ? { ideaIds: chosen } : {}) });
    if (ack.ok) {
      setName('');
      if (chosen.length > 0) onDone();
    }
  };

  return (
    <form
      className={styles.row}
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t('newName')}</label>
        <input id={id} className="input" value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={command.busy || !trimmed}>
        {chosen.length > 0 ? t('createWith', { count: chosen.length }) : t('create')}
      </button>
    </form>
  );
}

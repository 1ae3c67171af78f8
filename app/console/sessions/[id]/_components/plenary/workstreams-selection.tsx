'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import { sameIdeaMarks } from '@/lib/ui/workstream-board';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = { board: PlenaryBoard; chosen: string[]; command: BoardCommand; onDone(): void };

const NONE = '';

/** What to do with the ticked ideas, with the keyboard: move them to a workstream (or out of any), or mark them as the same idea. */
export function WorkstreamsSelection({ board, chosen, command, onDone }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const [target, setTarget] = useState(NONE);
  const id = useId();
  const workstreams = [...board.workstreams].sort((a, b) => a.position - b.position);

  const move = async () => {
    const ack = await command.run('workstream:place', { commandId: newCommandId(), ideaIds: chosen, workstreamId: target === NONE ? null : target });
    if (ack.ok) onDone();
  };
  const same = async () => {
    for (const mark of sameIdeaMarks(chosen, board)) {
      const ack = await command.run('same-idea:mark', { commandId: newCommandId(), ...mark });
      if (!ack.ok) return;
    }
    onDone();
  };

  return (
    <div className={styles.selection} aria-label={t('selectionLabel')} role="group">
      <p className={styles.selected} aria-live="polite">
        {t('selected', { count: chosen.length })}
      </p>
      <div className={styles.row}>
        <div className="field">
          <label htmlFor={id}>{t('moveTo')}</label>
          <select id={id} className="select" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value={NONE}>{t('notGrouped')}</option>
            {workstreams.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-primary" disabled={command.busy || chosen.length === 0} onClick={() => void move()}>
          {t('move')}
        </button>
        <button type="button" className="btn" disabled={command.busy || chosen.length < 2} onClick={() => void same()}>
          {t('sameIdea')}
        </button>
        <button type="button" className="btn btn-ghost" disabled={chosen.length === 0} onClick={onDone}>
          {t('clearSelection')}
        </button>
      </div>
    </div>
  );
}

'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryBoard } from '@/lib/realtime/contract';
import type { BoardCommand } from './workstreams-command';
import styles from './workstreams.module.css';

type Props = { board: PlenaryBoard; merging: string[]; command: BoardCommand; onDone(): void };

/** Merge the workstreams picked in their headings into one of them (the others are deleted; their dots go back). */
export function WorkstreamsMerge({ board, merging, command, onDone }: Props) {
  const t = useTranslations('plenaryB.workstreams');
  const id = useId();
  const picked = board.workstreams.filter((w) => merging.includes(w.id)).sort((a, b) => a.position - b.position);
  const [into, setInto] = useState<string | null>(null);
  const intoId = into !== null && merging.includes(into) ? into : (picked[0]?.id ?? '');

  const merge = async () => {
    const ack = await command.run('workstream:merge', { commandId: newCommandId(), workstreamIds: merging.filter((w) => w !== intoId), intoId });
    if (ack.ok) onDone();
  };

  return (
    <div className={styles.selection} role="group" aria-label={t('mergeLabel')}>
      <p className={styles.selected}>{t('mergePicked', { count: picked.length })}</p>
      <div className={styles.row}>
        <div className="field">
          <label htmlFor={id}>{t('mergeInto')}</label>
          <select id={id} className="select" value={intoId} onChange={(e) => setInto(e.target.value)}>
            {picked.map((w) => (
              <option key={w.id} value={w.id}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="btn btn-primary" disabled={command.busy || picked.length < 2} onClick={() => void merge()}>
          {t('merge')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('cancelMerge')}
        </button>
      </div>
      <p className="hint">{t('mergeHint')}</p>
    </div>
  );
}

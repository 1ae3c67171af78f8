'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { TableView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { currentSpeaker } from '@/lib/domain/speaking-order';
import { AckError } from '@/app/_components/ack-error';
import styles from './table.module.css';
import { useCommand } from '@/app/_components/use-command';

type Props = {
  table: TableView;
  send: SessionSocket['send'];
  /** The organiser names the table; a host acts on their own. */ tableId?: string;
  /** In the phone's pinned bar: the hint is read by screen readers, not shown. */ compact?: boolean;
};

/** Next speaker / Skip (the skipped person comes back at the end). */
export function TurnControls({ table, send, tableId, compact = false }: Props) {
  const t = useTranslations('table');
  const { run, busy, error } = useCommand(send);
  const hintId = useId();
  const speaking = currentSpeaker(table.speaking) !== null;
  const target = tableId ? { tableId } : {};
  return (
    <div className="stack-sm">
      <div className={styles.controls}>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={busy || !speaking}
          onClick={() => void run('turn:next', { commandId: newCommandId(), ...target })}
        >
          {t('nextSpeaker')}
        </button>
        <button
          type="button"
          className="btn btn-large"
          disabled={busy || !speaking}
          aria-describedby={hintId}
          onClick={() => void run('turn:skip', { commandId: newCommandId(), ...target })}
        >
          {t('skip')}
        </button>
      </div>
      <p id={hintId} className={compact ? 'visually-hidden' : 'hint'}>
        {t('skipHint')}
      </p>
      <AckError code={error} />
    </div>
  );
}

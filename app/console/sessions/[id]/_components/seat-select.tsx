'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { elision } from '@/lib/i18n/elision';
import { useTableTitle } from '@/app/_components/use-table-title';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ParticipantView, TableSummary } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './board.module.css';

type Props = {
  participant: ParticipantView;
  seating: TableSummary[];
  send: SessionSocket['send'];
  /** The session is closed: where people sat is shown, no longer changed. */
  disabled?: boolean;
};

/** Where one participant sits (or no table): the organiser places people by hand. */
export function SeatSelect({ participant, seating, send, disabled = false }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const { run, busy, error } = useCommand(send);
  const id = useId();
  return (
    <div className={styles.seatSelect}>
      <label htmlFor={id} className="visually-hidden">
        {t('board.tableFor', { name: participant.displayName, elision: elision(participant.displayName) })}
      </label>
      <select
        id={id}
        className="select"
        value={participant.tableId ?? ''}
        disabled={busy || disabled}
        onChange={(e) => void run('seat:assign', { commandId: newCommandId(), participantId: participant.id, tableId: e.target.value || null })}
      >
        <option value="">{t('board.noTable')}</option>
        {seating.map((s) => (
          <option key={s.id} value={s.id}>
            {title(s)}
          </option>
        ))}
      </select>
      <AckError code={error} />
    </div>
  );
}

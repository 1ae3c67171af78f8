'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { FormField } from '@/app/_components/form-field';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { TableSummary } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

type Props = {
  table: TableSummary;
  label: string;
  participants: { id: string; displayName: string }[];
  send: SessionSocket['send'];
  /** The session is closed: the host is shown, no longer chosen. */
  disabled?: boolean;
};

/** The table's host: one of the people seated there, or nobody. A new host keeps the table's content. */
export function HostSelect({ table, label, participants, send, disabled = false }: Props) {
  const t = useTranslations('board');
  const { run, busy, error } = useCommand(send);
  return (
    <>
      <FormField label={t('host', { name: label })}>
        {(wiring) => (
          <select
            {...wiring}
            className="select"
            value={table.hostId ?? ''}
            disabled={busy || disabled}
            onChange={(e) => void run('host:assign', { commandId: newCommandId(), tableId: table.id, participantId: e.target.value || null })}
          >
            <option value="">{t('noHost')}</option>
            {participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <AckError code={error} />
    </>
  );
}

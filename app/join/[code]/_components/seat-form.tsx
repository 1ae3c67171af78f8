'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { FormField } from '@/app/_components/form-field';
import { newCommandId } from '@/lib/realtime/command-id';
import { LIMITS, type ErrorCode } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

/** Not seated: scan the table's QR, type its number here, or wait for the organiser. */
export function SeatForm({ send, tableCount }: { send: SessionSocket['send']; tableCount: number }) {
  const t = useTranslations('seat');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<number | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const table = Number(value);
    setError(null);
    setMissing(null);
    if (!Number.isInteger(table) || table < 1 || table > Math.min(tableCount, LIMITS.tablesMax)) {
      setMissing(Number.isInteger(table) ? table : 0);
      return;
    }
    setBusy(true);
    const ack = await send('seat:take', { commandId: newCommandId(), table });
    setBusy(false);
    if (ack.ok) return;
    if (ack.code === 'not-found') setMissing(table);
    else setError(ack.code);
  };

  return (
    <section className="card stack-sm" aria-labelledby="seat-heading">
      <h2 id="seat-heading">{t('notSeated')}</h2>
      <p>{t('scanHint')}</p>
      <form onSubmit={submit} className="stack-sm" noValidate>
        <FormField label={t('number')} error={missing !== null ? t('noSuchTable', { number: missing }) : null}>
          {(wiring) => (
            <input
              {...wiring}
              className="input"
              inputMode="numeric"
              pattern="[0-9]*"
              value={value}
              onChange={(e) => setValue(e.target.value.replace(/\D/g, '').slice(0, 3))}
            />
          )}
        </FormField>
        <button type="submit" className="btn btn-primary" disabled={busy || value === ''}>
          {busy ? t('sitting') : t('sit')}
        </button>
      </form>
      <AckError code={error} />
    </section>
  );
}

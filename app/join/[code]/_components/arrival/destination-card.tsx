'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { TableRef } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './arrival.module.css';

type Props = { table: TableRef; send: SessionSocket['send'] };

/** After a rotation: where to go, big enough to read at arm's length, and a one-tap check-in. */
export function DestinationCard({ table, send }: Props) {
  const t = useTranslations('arrival');
  const title = useTableTitle();
  const { run, busy, error } = useCommand(send);
  return (
    <section
      className={`card ${styles.destination}`}
      aria-labelledby="destination-heading"
      style={{ ['--swatch' as string]: `var(--table-${table.colour})`, ['--swatch-text' as string]: `var(--table-${table.colour}-text)` }}
    >
      <div className={styles.band} aria-hidden="true">
        {table.number}
      </div>
      <h2 id="destination-heading" className={styles.goTo}>
        {t('goTo', { table: title(table) })}
      </h2>
      <button
        type="button"
        className="btn btn-primary btn-large btn-block"
        disabled={busy}
        onClick={() => void run('seat:check-in', { commandId: newCommandId() })}
      >
        {busy ? t('checkingIn') : t('imHere')}
      </button>
      <p className={styles.hint}>{t('scanHint')}</p>
      <AckError code={error} />
    </section>
  );
}

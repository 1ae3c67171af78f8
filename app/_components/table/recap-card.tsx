'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { TableView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { AckError } from '@/app/_components/ack-error';
import styles from './table.module.css';
import { useCommand } from '@/app/_components/use-command';

type Props = { recap: TableView['recap']; /** The host may close it for everyone at the table. */ closable?: { send: SessionSocket['send'] } };

/** Earlier rounds' ideas at this table, by round: what the host recaps to newcomers. */
export function RecapCard({ recap, closable }: Props) {
  const t = useTranslations('table');
  const headingId = useId();
  return (
    <section className={`card stack-sm ${styles.recap}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recapHeading')}</h2>
      <p className="muted">{t('recapHint')}</p>
      {recap.map((group) => (
        <div key={group.round}>
          <h3>{t('recapRound', { round: group.round + 1 })}</h3>
          <ul className={styles.recapList}>
            {group.ideas.map((idea) => (
              <li key={idea.id} className={styles.text}>
                {idea.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {closable ? <CloseRecap send={closable.send} /> : null}
    </section>
  );
}

function CloseRecap({ send }: { send: SessionSocket['send'] }) {
  const t = useTranslations('table');
  const { run, busy, error } = useCommand(send);
  return (
    <>
      <div>
        <button type="button" className="btn" disabled={busy} onClick={() => void run('recap:close', { commandId: newCommandId() })}>
          {t('closeRecap')}
        </button>
      </div>
      <AckError code={error} />
    </>
  );
}

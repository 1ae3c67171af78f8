'use client';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { useTableTitle } from '@/app/_components/use-table-title';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SeatMove, TableSummary } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './board.module.css';

type Props = { moves: readonly SeatMove[]; seating: readonly TableSummary[]; closed: boolean; send: SessionSocket['send'] };

/** People who changed tables on their own (another table's link): who, from where, to where; the organiser can send them back. */
export function RecentMoves({ moves, seating, closed, send }: Props) {
  const t = useTranslations('moves');
  const locale = useLocale();
  const title = useTableTitle();
  const { run, busy, error } = useCommand(send);
  const [seenUpTo, setSeenUpTo] = useState(0);
  const shown = moves.filter((m) => m.at > seenUpTo);
  const tableName = (id: string) => {
    const table = seating.find((s) => s.id === id);
    return table ? title(table) : '?';
  };
  const time = (at: number) => new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const latest = moves.at(-1);
  const describe = (move: SeatMove) => t('moved', { name: move.displayName, from: tableName(move.from), to: tableName(move.to) });
  return (
    <>
      {/* Always there, so that a screen reader hears each new move. */}
      <p role="status" className="visually-hidden">
        {latest && latest.at > seenUpTo ? describe(latest) : ''}
      </p>
      {shown.length > 0 ? (
        <section aria-labelledby="moves-heading" className={`stack-sm ${styles.moves}`}>
          <div className="spread">
            <h3 id="moves-heading">{t('heading')}</h3>
            <button type="button" className="btn btn-ghost" onClick={() => setSeenUpTo(Math.max(...moves.map((m) => m.at)))}>
              {t('dismiss')}
            </button>
          </div>
          <ul className="plain-list stack-sm">
            {shown.map((move) => (
              <li key={`${move.participantId}-${move.at}`} className={styles.moveRow}>
                <span>
                  <span className="muted">{time(move.at)} · </span>
                  {describe(move)}
                </span>
                {closed ? null : (
                  <button
                    type="button"
                    className="btn"
                    disabled={busy}
                    onClick={() => void run('seat:assign', { commandId: newCommandId(), participantId: move.participantId, tableId: move.from })}
                  >
                    {t('sendBack', { name: move.displayName, table: tableName(move.from) })}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <AckError code={error} />
        </section>
      ) : null}
    </>
  );
}

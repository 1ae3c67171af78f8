'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './board.module.css';
import { SeatSelect } from './seat-select';

/** Who has joined, live, each with a table to sit at; "Fill tables" seats everyone without one. */
export function LobbyPanel({ view, send }: { view: Snapshot; send: SessionSocket['send'] }) {
  const t = useTranslations();
  const { run, busy, error } = useCommand(send);
  const [filled, setFilled] = useState<number | null>(null);
  const participants = [...(view.participants ?? [])].sort((a, b) => a.joinedAt - b.joinedAt);

  const fill = async () => {
    setFilled(null);
    const ack = await run('seat:fill', { commandId: newCommandId() });
    if (ack.ok) setFilled(ack.seated);
  };

  return (
    <section aria-labelledby="lobby-heading" className="card stack-sm">
      <div className="spread">
        <h2 id="lobby-heading">{t('live.lobbyHeading')}</h2>
        <span className="badge">{t('common.participants', { count: view.participantCount })}</span>
      </div>
      <div className="cluster">
        <button type="button" className="btn" disabled={busy || participants.length === 0} onClick={() => void fill()}>
          {t('board.fill')}
        </button>
        <span role="status" className="muted">
          {filled !== null ? t('board.filled', { count: filled }) : ''}
        </span>
      </div>
      <AckError code={error} />
      {participants.length === 0 ? (
        <p className="muted">{t('live.noParticipants')}</p>
      ) : (
        <ul className="plain-list stack-sm">
          {participants.map((p) => (
            <li key={p.id} className={styles.lobbyRow}>
              <span>
                <strong>{p.displayName}</strong>
                {p.groupLabel ? <span className="muted"> — {p.groupLabel}</span> : null}
              </span>
              <SeatSelect participant={p} seating={view.seating} send={send} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './board.module.css';
import { SeatSelect } from './seat-select';

/** Up to this many people the list is open from the start; a larger room opens it on demand (it is fetched then). */
export const LIST_OPEN_UP_TO = 60;

/** Who has joined, live, each with a table to sit at; "Fill tables" seats everyone without one. */
export function LobbyPanel({ view, socket }: { view: Snapshot; socket: Pick<SessionSocket, 'send' | 'loadParticipants'> }) {
  const t = useTranslations();
  const { run, busy, error } = useCommand(socket.send);
  // "7 people seated." answers the click: it is gone once the session moves on.
  const stageKey = JSON.stringify(view.live.stage);
  const [filled, setFilled] = useState<{ count: number; stageKey: string } | null>(null);
  const closed = view.live.stage.kind === 'closed';
  const [open, setOpen] = useState(() => view.participantCount <= LIST_OPEN_UP_TO);
  const { loadParticipants } = socket;
  useEffect(() => {
    if (open) loadParticipants();
  }, [open, loadParticipants]);
  const participants = [...(view.participants ?? [])].sort((a, b) => a.joinedAt - b.joinedAt);

  const fill = async () => {
    setFilled(null);
    const ack = await run('seat:fill', { commandId: newCommandId() });
    if (ack.ok) setFilled({ count: ack.seated, stageKey });
  };

  return (
    <section aria-labelledby="lobby-heading" className="card stack-sm">
      <div className="spread">
        <h2 id="lobby-heading">{t('live.lobbyHeading')}</h2>
        <span className="badge">{t('common.participants', { count: view.participantCount })}</span>
      </div>
      <div className="cluster">
        <button type="button" className="btn" disabled={busy || closed || view.participantCount === 0} onClick={() => void fill()}>
          {t('board.fill')}
        </button>
        <span role="status" className="muted">
          {filled?.stageKey === stageKey ? t('board.filled', { count: filled.count }) : ''}
        </span>
      </div>
      <AckError code={error} />
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('live.participantList', { count: view.participantCount })}</summary>
        {!view.participants && view.participantCount > 0 ? (
          <p className="muted">{t('common.loading')}</p>
        ) : participants.length === 0 ? (
          <p className="muted">{t('live.noParticipants')}</p>
        ) : (
          <ul className="plain-list stack-sm">
            {participants.map((p) => (
              <li key={p.id} className={styles.lobbyRow}>
                <span>
                  <strong>{p.displayName}</strong>
                  {p.groupLabel ? <span className="muted"> — {p.groupLabel}</span> : null}
                </span>
                <SeatSelect participant={p} seating={view.seating ?? []} send={socket.send} disabled={closed} />
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}

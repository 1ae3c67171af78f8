'use client';
import { useTranslations } from 'use-intl';
import type { Snapshot } from '@/lib/realtime/contract';

/** Who has joined, live (lobby:joined adds to the list). */
export function LobbyPanel({ view }: { view: Snapshot }) {
  const t = useTranslations();
  const participants = [...(view.participants ?? [])].sort((a, b) => a.joinedAt - b.joinedAt);
  return (
    <section aria-labelledby="lobby-heading" className="card stack-sm">
      <div className="spread">
        <h2 id="lobby-heading">{t('live.lobbyHeading')}</h2>
        <span className="badge">{t('common.participants', { count: view.participantCount })}</span>
      </div>
      {participants.length === 0 ? (
        <p className="muted">{t('live.noParticipants')}</p>
      ) : (
        <ul className="stack-sm" style={{ margin: 0, paddingLeft: 'var(--space-5)' }}>
          {participants.map((p) => (
            <li key={p.id}>
              <strong>{p.displayName}</strong>
              {p.groupLabel ? <span className="muted"> — {p.groupLabel}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

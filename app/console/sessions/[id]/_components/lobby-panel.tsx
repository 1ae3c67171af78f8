'use client';
import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { joinedWithin } from '@/lib/domain/admission';
import { newCommandId } from '@/lib/realtime/command-id';
import type { Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { AdmissionPanel } from './admission/admission-panel';
import { ParticipantRow } from './admission/participant-row';
import { RemoveConfirm, type Removal } from './admission/remove-confirm';

/** Up to this many people the list is open from the start; a larger room opens it on demand (it is fetched then). */
export const LIST_OPEN_UP_TO = 60;

/** "Joined in the last minute": the selection that undoes a burst of fake joins. */
const RECENT_MS = 60_000;

type Props = { view: Snapshot; socket: Pick<SessionSocket, 'send' | 'loadParticipants' | 'serverNow'> };

/**
 * Who can join (doors, capacity, people waiting), and who has joined, live, each with a table to
 * sit at; "Fill tables" seats everyone without one; people can be removed, one or a selection.
 */
export function LobbyPanel({ view, socket }: Props) {
  const t = useTranslations();
  const { run, busy, error } = useCommand(socket.send);
  // "7 people seated." answers the click: it is gone once the session moves on.
  const stageKey = JSON.stringify(view.live.stage);
  const [done, setDone] = useState<{ kind: 'filled' | 'removed'; count: number; stageKey: string } | null>(null);
  const closed = view.live.stage.kind === 'closed';
  const [open, setOpen] = useState(() => view.participantCount <= LIST_OPEN_UP_TO);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [removal, setRemoval] = useState<Removal | null>(null);
  const { loadParticipants, serverNow } = socket;
  useEffect(() => {
    if (open) loadParticipants();
  }, [open, loadParticipants]);
  const participants = [...(view.participants ?? [])].sort((a, b) => a.joinedAt - b.joinedAt);
  // Someone removed meanwhile (another tab) is no longer selectable.
  const selected = participants.filter((p) => picked.has(p.id));

  const fill = async () => {
    setDone(null);
    const ack = await run('seat:fill', { commandId: newCommandId() });
    if (ack.ok) setDone({ kind: 'filled', count: ack.seated, stageKey });
  };

  const select = (id: string, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const remove = async ({ participantIds }: Removal) => {
    setRemoval(null);
    setDone(null);
    const ack = await run('participant:remove', { commandId: newCommandId(), participantIds });
    if (!ack.ok) return;
    setDone({ kind: 'removed', count: ack.removed, stageKey });
    setPicked((current) => new Set([...current].filter((id) => !participantIds.includes(id))));
  };

  return (
    <>
      {view.admission ? <AdmissionPanel view={view} admission={view.admission} send={socket.send} /> : null}
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
            {done?.stageKey === stageKey ? t(done.kind === 'filled' ? 'board.filled' : 'admission.removed', { count: done.count }) : ''}
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
            <div className="stack-sm">
              <div className="cluster">
                <button type="button" className="btn" onClick={() => setPicked(new Set(joinedWithin(participants, serverNow(), RECENT_MS).map((p) => p.id)))}>
                  {t('admission.selectRecent')}
                </button>
                {selected.length > 0 ? (
                  <>
                    <button type="button" className="btn btn-ghost" onClick={() => setPicked(new Set())}>
                      {t('admission.clearSelection')}
                    </button>
                    <button
                      type="button"
                      className="btn btn-danger"
                      disabled={busy}
                      onClick={() => setRemoval({ participantIds: selected.map((p) => p.id), name: selected[0]!.displayName })}
                    >
                      {t('admission.removeSelected', { count: selected.length })}
                    </button>
                  </>
                ) : null}
              </div>
              <ul className="plain-list stack-sm">
                {participants.map((p) => (
                  <ParticipantRow
                    key={p.id}
                    participant={p}
                    seating={view.seating ?? []}
                    send={socket.send}
                    closed={closed}
                    selected={picked.has(p.id)}
                    onSelect={(on) => select(p.id, on)}
                    onRemove={() => setRemoval({ participantIds: [p.id], name: p.displayName })}
                  />
                ))}
              </ul>
            </div>
          )}
        </details>
      </section>
      <RemoveConfirm removal={removal} onConfirm={(r) => void remove(r)} onCancel={() => setRemoval(null)} />
    </>
  );
}

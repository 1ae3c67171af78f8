'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ControlPayload, ErrorCode, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { legalControls, nextMove } from '@/lib/ui/legal-controls';
import { AckError } from '@/app/_components/ack-error';
import styles from './live-console.module.css';
import { useNextText } from './use-next-text';

type Control = ControlPayload extends infer P ? (P extends ControlPayload ? Omit<P, 'commandId'> : never) : never;

type Props = { view: Snapshot; send: SessionSocket['send']; serverNow(): number };

/**
 * Start, pause/resume, +1/+5 min, next (saying what comes next), back: each enabled only when the
 * state machine allows it. Going back and closing the session (final) are confirmed.
 */
export function ControlBar({ view, send, serverNow }: Props) {
  const t = useTranslations('live');
  const nextText = useNextText();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [confirmingBack, setConfirmingBack] = useState(false);
  const [confirmingClose, setConfirmingClose] = useState(false);
  const plan = { rounds: view.session.rounds, autoAdvance: view.session.autoAdvance, plenary: view.session.plenary, tableCount: view.session.tableCount };
  const legal = legalControls(view.live, plan, serverNow());
  const next = nextMove(view.live, plan);

  const run = async (control: Control) => {
    setBusy(true);
    setError(null);
    // One id per click: the hook's retry of this same payload is recognised by the server.
    const ack = await send('session:control', { ...control, commandId: newCommandId() });
    setBusy(false);
    if (!ack.ok) setError(ack.code);
  };

  const paused = view.live.timer?.status === 'paused';
  return (
    <section aria-labelledby="controls-heading" className="stack-sm">
      <h2 id="controls-heading" className="visually-hidden">
        {t('controls')}
      </h2>
      <div className={styles.controls}>
        {view.live.stage.kind === 'lobby' ? (
          <button type="button" className="btn btn-primary btn-large" disabled={busy || !legal.start} onClick={() => run({ action: 'start' })}>
            {t('start')}
          </button>
        ) : paused ? (
          <button type="button" className="btn btn-primary btn-large" disabled={busy || !legal.resume} onClick={() => run({ action: 'resume' })}>
            {t('resume')}
          </button>
        ) : (
          <button type="button" className="btn btn-large" disabled={busy || !legal.pause} onClick={() => run({ action: 'pause' })}>
            {t('pause')}
          </button>
        )}
        <button type="button" className="btn btn-large" disabled={busy || !legal.extend} onClick={() => run({ action: 'extend', ms: 60_000 })}>
          {t('plusOne')}
        </button>
        <button type="button" className="btn btn-large" disabled={busy || !legal.extend} onClick={() => run({ action: 'extend', ms: 300_000 })}>
          {t('plusFive')}
        </button>
        <button type="button" className="btn btn-large" disabled={busy || !legal.back} onClick={() => setConfirmingBack(true)}>
          {t('back')}
        </button>
        <button
          type="button"
          className={`btn btn-large ${next?.closes ? 'btn-danger' : 'btn-primary'}`}
          disabled={busy || !legal.next}
          onClick={() => (next?.closes ? setConfirmingClose(true) : void run({ action: 'next' }))}
        >
          {nextText(view.live.stage, next)}
        </button>
      </div>
      <AckError code={error} />
      <ConfirmDialog
        open={confirmingBack}
        title={t('backTitle')}
        confirmLabel={t('backConfirm')}
        onCancel={() => setConfirmingBack(false)}
        onConfirm={() => {
          setConfirmingBack(false);
          void run({ action: 'back' });
        }}
      >
        <p>{t('backBody')}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirmingClose}
        title={t('closeTitle')}
        confirmLabel={t('closeConfirm')}
        danger
        onCancel={() => setConfirmingClose(false)}
        onConfirm={() => {
          setConfirmingClose(false);
          void run({ action: 'next' });
        }}
      >
        <p>{t('closeBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

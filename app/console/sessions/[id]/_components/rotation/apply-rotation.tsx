'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';

type Props = { movers: number; allowed: boolean; send: SessionSocket['send'] };

/** Apply the seating (confirmed: it moves everyone's phone); during a round, say why not yet. */
export function ApplyRotation({ movers, allowed, send }: Props) {
  const t = useTranslations('rotation');
  const { run, busy, error } = useCommand(send);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="stack-sm">
      <div>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={busy || !allowed}
          aria-describedby={allowed ? undefined : 'apply-later'}
          onClick={() => setConfirming(true)}
        >
          {t('apply')}
        </button>
      </div>
      {allowed ? null : (
        <p id="apply-later" className="notice">
          {t('applyLater')}
        </p>
      )}
      <AckError code={error} />
      <ConfirmDialog
        open={confirming}
        title={t('applyTitle')}
        confirmLabel={t('applyConfirm')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void run('rotation:apply', { commandId: newCommandId() });
        }}
      >
        <p>{t('applyBody', { count: movers })}</p>
      </ConfirmDialog>
    </div>
  );
}

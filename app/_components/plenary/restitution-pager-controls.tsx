'use client';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { RestitutionView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { pager } from '@/lib/ui/restitution-pager';
import styles from './plenary.module.css';

/** Previous / next idea and "clear": what the presenting host (on their phone) and the organiser page with (`restitution:show`). */
export function RestitutionPagerControls({ restitution, send }: { restitution: RestitutionView; send: SessionSocket['send'] }) {
  const t = useTranslations('plenaryA');
  const { run, busy, error } = useCommand(send);
  const { index, total, previous, next } = pager(restitution);
  const show = (ideaId: string | null) => void run('restitution:show', { commandId: newCommandId(), ideaId });
  return (
    <div className="stack-sm">
      <p aria-live="polite" className={styles.pagerPlace}>
        {index === null ? t('nothingShown', { total }) : t('ideaOf', { n: index + 1, total })}
      </p>
      <div className={styles.pager}>
        <button type="button" className="btn" disabled={busy || previous === null} onClick={() => show(previous)}>
          ← {t('previousIdea')}
        </button>
        <button type="button" className="btn btn-primary" disabled={busy || next === null} onClick={() => show(next)}>
          {t('nextIdea')} →
        </button>
        <button type="button" className="btn btn-ghost" disabled={busy || index === null} onClick={() => show(null)}>
          {t('clearHighlight')}
        </button>
      </div>
      <AckError code={error} />
    </div>
  );
}

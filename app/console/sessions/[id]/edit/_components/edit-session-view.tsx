'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionDraft, SessionView } from '@/lib/realtime/contract';
import { formFromDraft } from '@/lib/ui/session-form';
import { AckError } from '@/app/_components/ack-error';
import { useConsoleSocket } from '@/app/console/_components/use-console-socket';
import { BuilderPage } from '@/app/console/sessions/_components/builder-page';
import { SessionBuilder } from '@/app/console/sessions/_components/session-builder';

/** The console's session carries its tables' names and colours (see `SessionView`). */
function draftOf({ id: _id, code: _code, tableCount: _count, tables = [], ...draft }: SessionView): SessionDraft {
  return { ...draft, tables };
}

/** Loads the draft from the session's snapshot, then saves it with session:update. */
export function EditSessionView({ sessionId }: { sessionId: string }) {
  const t = useTranslations('builder');
  const tc = useTranslations('common');
  const router = useRouter();
  const auth = useCallback(() => ({ sessionId }), [sessionId]);
  const { status, error, view, send } = useConsoleSocket(auth);

  const save = async (draft: SessionDraft) => {
    const ack = await send('session:update', { commandId: newCommandId(), sessionId, draft });
    if (ack.ok) router.push(`/console/sessions/${sessionId}`);
    return ack;
  };

  const started = view !== null && view.live.stage.kind !== 'lobby';
  return (
    <BuilderPage title={t('editTitle')} status={status}>
      {error && error !== 'unauthorised' ? <AckError code={error} /> : null}
      {started ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('started')}</p>
          <Link href={`/console/sessions/${sessionId}`}>{view.session.title}</Link>
        </div>
      ) : null}
      {view ? (
        // Keyed by session id: the form is filled once from the first snapshot, later updates do not overwrite typing.
        <SessionBuilder key={view.session.id} initial={formFromDraft(draftOf(view.session))} onSave={save} disabled={started} sessionId={sessionId} />
      ) : status !== 'failed' ? (
        <p className="muted">{tc('loading')}</p>
      ) : null}
    </BuilderPage>
  );
}

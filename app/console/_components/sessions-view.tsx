'use client';
import Link from 'next/link';
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectionBanner } from '@/app/_components/connection-banner';
import { SiteHeader } from '@/app/_components/site-header';
import type { ErrorCode, SessionSummary } from '@/lib/realtime/contract';
import { newCommandId } from '@/lib/realtime/command-id';
import { AckError } from '@/app/_components/ack-error';
import { ImportButton } from './import-button';
import { SessionCard } from './session-card';
import { SignOutButton } from './sign-out-button';
import { useConsoleSocket } from './use-console-socket';

const noSession = () => ({});

/** The organiser's sessions, with their actions. */
export function SessionsView() {
  const t = useTranslations('console');
  const tc = useTranslations('common');
  const { status, error: connectError, send } = useConsoleSocket(noSession);
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const ack = await send('session:list', {});
    if (ack.ok) setSessions([...ack.sessions].sort((a, b) => b.createdAt - a.createdAt));
    else setError(ack.code);
  }, [send]);

  useEffect(() => {
    if (status === 'connected') void refresh();
  }, [status, refresh]);

  const act = async (event: 'session:duplicate' | 'session:delete', sessionId: string) => {
    setError(null);
    setNotice(null);
    const ack = await send(event, { commandId: newCommandId(), sessionId });
    if (!ack.ok) {
      setError(ack.code);
      return;
    }
    setNotice(event === 'session:delete' ? t('deletedNotice') : t('duplicated'));
    await refresh();
  };

  return (
    <>
      <SiteHeader brandHref="/console" actions={<SignOutButton />} />
      <ConnectionBanner status={status} />
      <main id="main" className="page stack">
        <div className="spread">
          <h1>{t('title')}</h1>
          <Link className="btn btn-primary" href="/console/sessions/new">
            {t('newSession')}
          </Link>
        </div>
        <ImportButton />
        <AckError code={error ?? (connectError === 'unauthorised' ? null : connectError)} />
        <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>
        {sessions === null ? (
          <p className="muted">{status === 'failed' ? null : tc('loading')}</p>
        ) : sessions.length === 0 ? (
          <p className="notice">{t('empty')}</p>
        ) : (
          <ul className="plain-list stack">
            {sessions.map((s) => (
              <li key={s.id}>
                <SessionCard session={s} onDuplicate={() => act('session:duplicate', s.id)} onDelete={() => act('session:delete', s.id)} />
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}

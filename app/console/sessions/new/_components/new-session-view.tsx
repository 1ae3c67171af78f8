'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionDraft } from '@/lib/realtime/contract';
import { emptyForm } from '@/lib/ui/session-form';
import { AckError } from '@/app/_components/ack-error';
import { useConsoleSocket } from '@/app/console/_components/use-console-socket';
import { BuilderPage } from '@/app/console/sessions/_components/builder-page';
import { SessionBuilder } from '@/app/console/sessions/_components/session-builder';

const noSession = () => ({});

export function NewSessionView() {
  const t = useTranslations('builder');
  const locale = useLocale();
  const router = useRouter();
  const { status, error, send } = useConsoleSocket(noSession);
  const [initial] = useState(() => emptyForm(locale));

  const save = async (draft: SessionDraft) => {
    const ack = await send('session:create', { commandId: newCommandId(), draft });
    if (ack.ok) router.push(`/console/sessions/${ack.sessionId}`);
    return ack;
  };

  return (
    <BuilderPage title={t('newTitle')} status={status}>
      {error && error !== 'unauthorised' ? <AckError code={error} /> : null}
      <SessionBuilder initial={initial} onSave={save} />
    </BuilderPage>
  );
}

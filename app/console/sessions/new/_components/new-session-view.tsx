'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionDraft } from '@/lib/realtime/contract';
import { emptyForm, formFromDraft } from '@/lib/ui/session-form';
import { AckError } from '@/app/_components/ack-error';
import { useConsoleSocket } from '@/app/console/_components/use-console-socket';
import { BuilderPage } from '@/app/console/sessions/_components/builder-page';
import { SessionBuilder } from '@/app/console/sessions/_components/session-builder';
import { TemplatePicker } from './template-picker';

const noSession = () => ({});

export function NewSessionView() {
  const t = useTranslations('builder');
  const locale = useLocale();
  const router = useRouter();
  const { status, error, send } = useConsoleSocket(noSession);
  // A template refills the form: a new `initial` and a new key start the builder afresh from it.
  const [start, setStart] = useState(() => ({ key: 0, initial: emptyForm(locale) }));

  const save = async (draft: SessionDraft) => {
    const ack = await send('session:create', { commandId: newCommandId(), draft });
    if (ack.ok) router.push(`/console/sessions/${ack.sessionId}`);
    return ack;
  };

  return (
    <BuilderPage title={t('newTitle')} status={status}>
      {error && error !== 'unauthorised' ? <AckError code={error} /> : null}
      <TemplatePicker onPick={(draft) => setStart((s) => ({ key: s.key + 1, initial: formFromDraft(draft) }))} />
      <SessionBuilder key={start.key} initial={start.initial} onSave={save} />
    </BuilderPage>
  );
}

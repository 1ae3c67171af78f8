'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { LIMITS, type Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { FormField } from '@/app/_components/form-field';
import { DoorsNotice } from './doors-notice';
import { useJoin } from './use-join';

type Props = { code: string; view: Snapshot; send: SessionSocket['send']; removed: boolean };

/**
 * Name (required) and an optional group label → participant:join; the server then sends the
 * participant's snapshot. While the doors wait for the organiser, the phone says so until it is let in.
 */
export function GuestJoinForm({ code, view, send, removed }: Props) {
  const t = useTranslations();
  const [displayName, setDisplayName] = useState('');
  const [groupLabel, setGroupLabel] = useState('');
  const [nameRequired, setNameRequired] = useState(false);
  const { attempt, join } = useJoin(code, view.myRequest, send);
  const { phase, failure, issues } = attempt;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const name = displayName.trim();
    setNameRequired(!name);
    if (!name) {
      document.getElementById('display-name')?.focus();
      return;
    }
    join(name, groupLabel.trim());
  };

  // Also after a reload without storage: the server remembers this device's request.
  if (phase === 'waiting' || (phase === 'idle' && view.myRequest === 'waiting')) {
    return (
      <div className="stack">
        <h1>{t('phone.joinTitle', { title: view.session.title })}</h1>
        <div className="card stack-sm" role="status">
          <h2>{t('admission.phoneWaiting')}</h2>
          <p className="muted">{t('admission.phoneWaitingHint')}</p>
        </div>
      </div>
    );
  }

  const nameIssue = issues.find((i) => i.path[0] === 'displayName')?.message ?? null;
  const busy = phase === 'joining' || phase === 'retrying';
  return (
    <form onSubmit={submit} className="stack" noValidate>
      <h1>{t('phone.joinTitle', { title: view.session.title })}</h1>
      {removed ? <p className="notice notice-warning">{t('admission.phoneRemoved')}</p> : null}
      {phase === 'refused' ? <p className="notice notice-warning">{t('admission.phoneRefused')}</p> : null}
      <DoorsNotice view={view} />
      <FormField id="display-name" label={t('phone.displayName')} hint={t('phone.displayNameHint')} error={nameRequired ? t('phone.nameRequired') : nameIssue}>
        {(wiring) => (
          <input
            {...wiring}
            className="input"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            maxLength={LIMITS.displayNameMax}
            autoComplete="name"
            required
          />
        )}
      </FormField>
      <FormField id="group-label" label={t('phone.groupLabel')} hint={t('phone.groupLabelHint')}>
        {(wiring) => (
          <input
            {...wiring}
            className="input"
            value={groupLabel}
            onChange={(e) => setGroupLabel(e.target.value)}
            maxLength={LIMITS.groupLabelMax}
            autoComplete="organization"
          />
        )}
      </FormField>
      <div role="alert">
        {failure && !nameIssue ? <p className="notice notice-error">{t(`errors.${failure}`)}</p> : null}
        {phase === 'retrying' ? <p className="notice">{t('admission.phoneRetrying')}</p> : null}
      </div>
      <button type="submit" className="btn btn-primary btn-large btn-block" disabled={busy}>
        {busy ? t('phone.joining') : t('phone.joinButton')}
      </button>
    </form>
  );
}

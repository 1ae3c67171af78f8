'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import { LIMITS, type ErrorCode } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { FormField } from '@/app/_components/form-field';
import { storeParticipantToken } from './participant-token';

type Props = { code: string; title: string; send: SessionSocket['send'] };

/** Name (required) and an optional group label → participant:join; the server then sends the participant's snapshot. */
export function GuestJoinForm({ code, title, send }: Props) {
  const t = useTranslations();
  const [displayName, setDisplayName] = useState('');
  const [groupLabel, setGroupLabel] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorCode | null>(null);
  const [joining, setJoining] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const name = displayName.trim();
    if (!name) {
      setNameProblem(t('phone.nameRequired'));
      document.getElementById('display-name')?.focus();
      return;
    }
    setNameProblem(null);
    setJoining(true);
    const group = groupLabel.trim();
    const ack = await send('participant:join', { commandId: newCommandId(), displayName: name, ...(group ? { groupLabel: group } : {}) });
    setJoining(false);
    if (ack.ok) {
      storeParticipantToken(code, ack.participantToken);
      return;
    }
    const nameIssue = ack.issues?.find((i) => i.path[0] === 'displayName');
    if (nameIssue) setNameProblem(nameIssue.message);
    else setFailure(ack.code);
  };

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <h1>{t('phone.joinTitle', { title })}</h1>
      <FormField id="display-name" label={t('phone.displayName')} hint={t('phone.displayNameHint')} error={nameProblem}>
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
      <div role="alert">{failure ? <p className="notice notice-error">{t(`errors.${failure}`)}</p> : null}</div>
      <button type="submit" className="btn btn-primary btn-large btn-block" disabled={joining}>
        {joining ? t('phone.joining') : t('phone.joinButton')}
      </button>
    </form>
  );
}

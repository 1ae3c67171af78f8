'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { isPlausibleJoinCode, normaliseJoinCode } from '@/lib/domain/join-code';
import { FormField } from './form-field';

/** Type the code shown on the screen, go to /join/CODE. */
export function JoinCodeForm({ initialCode = '' }: { initialCode?: string }) {
  const t = useTranslations('joinCode');
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseJoinCode(code);
    if (!isPlausibleJoinCode(normalised)) {
      setInvalid(true);
      return;
    }
    router.push(`/join/${normalised}`);
  };

  return (
    <form onSubmit={submit} className="stack" noValidate>
      <FormField label={t('label')} hint={t('hint')} error={invalid ? t('invalid') : null}>
        {(wiring) => (
          <input
            {...wiring}
            className="input input-code"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setInvalid(false);
            }}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={20}
          />
        )}
      </FormField>
      <button type="submit" className="btn btn-primary btn-large">
        {t('submit')}
      </button>
    </form>
  );
}

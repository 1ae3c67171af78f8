'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { isPlausibleJoinCode, normaliseJoinCode } from '@/lib/domain/join-code';

/** Type the code shown on the screen, go to /join/CODE. */
export function JoinCodeForm({ initialCode = '' }: { initialCode?: string }) {
  const t = useTranslations('joinCode');
  const router = useRouter();
  const [code, setCode] = useState(initialCode);
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

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
      <div className="field">
        <label htmlFor={inputId}>{t('label')}</label>
        <span id={hintId} className="hint">
          {t('hint')}
        </span>
        <input
          id={inputId}
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
          aria-invalid={invalid}
          aria-describedby={invalid ? `${hintId} ${errorId}` : hintId}
        />
        {invalid ? (
          <p id={errorId} className="field-error">
            {t('invalid')}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn btn-primary btn-large">
        {t('submit')}
      </button>
    </form>
  );
}

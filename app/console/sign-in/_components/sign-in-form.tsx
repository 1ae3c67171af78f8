'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormField } from '@/app/_components/form-field';
import { SiteHeader } from '@/app/_components/site-header';

type Outcome = 'idle' | 'submitting' | 'wrong' | 'failed' | { waitSeconds: number };

/** Password → POST /api/auth/sign-in (204 sets the cookie). A `?key=` link signs in by itself. */
export function SignInForm({ oneTimeKey, next }: { oneTimeKey: string | null; next: string }) {
  const t = useTranslations('signIn');
  const router = useRouter();
  const [password, setPassword] = useState('');
  const [outcome, setOutcome] = useState<Outcome>(oneTimeKey ? 'submitting' : 'idle');
  const autoSubmitted = useRef(false);

  const signIn = useCallback(
    async (secret: string) => {
      setOutcome('submitting');
      try {
        const response = await fetch('/api/auth/sign-in', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ password: secret }),
          credentials: 'same-origin',
        });
        if (response.ok) {
          router.replace(next);
          return;
        }
        // Too many wrong passwords: the server says how long to wait (Retry-After, in seconds).
        const wait = Number(response.headers.get('retry-after'));
        if (response.status === 429) setOutcome({ waitSeconds: Number.isFinite(wait) && wait > 0 ? Math.ceil(wait) : 60 });
        else setOutcome(response.status === 401 ? 'wrong' : 'failed');
      } catch {
        setOutcome('failed');
      }
    },
    [next, router],
  );

  useEffect(() => {
    if (!oneTimeKey || autoSubmitted.current) return;
    autoSubmitted.current = true;
    // The key must not stay in the address bar or the history.
    window.history.replaceState(null, '', window.location.pathname);
    void signIn(oneTimeKey);
  }, [oneTimeKey, signIn]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (password) void signIn(password);
  };

  const error =
    typeof outcome === 'object'
      ? t('throttled', { seconds: outcome.waitSeconds })
      : outcome === 'wrong'
        ? t('wrongPassword')
        : outcome === 'failed'
          ? t('failed')
          : null;
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page-narrow stack">
        <h1>{t('title')}</h1>
        <form onSubmit={submit} className="card stack" noValidate>
          {oneTimeKey && outcome === 'submitting' ? <p role="status">{t('usingKey')}</p> : null}
          <div aria-live="polite">
            <FormField label={t('password')} error={error}>
              {(wiring) => (
                <input
                  {...wiring}
                  className="input"
                  type="password"
                  autoComplete="current-password"
                  required
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
            </FormField>
          </div>
          <button type="submit" className="btn btn-primary btn-large" disabled={outcome === 'submitting'}>
            {outcome === 'submitting' ? t('submitting') : t('submit')}
          </button>
        </form>
      </main>
    </>
  );
}

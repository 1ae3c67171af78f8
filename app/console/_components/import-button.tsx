'use client';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslations } from 'use-intl';

/** The route's refusal: its message, and the problems it lists (path and message). */
function reasonOf(body: unknown, fallback: string): { message: string; issues: string[] } {
  if (typeof body !== 'object' || body === null) return { message: fallback, issues: [] };
  const message = Reflect.get(body, 'message');
  const issues: unknown = Reflect.get(body, 'issues');
  const lines = Array.isArray(issues)
    ? issues.flatMap((issue: unknown) => {
        if (typeof issue !== 'object' || issue === null) return [];
        const path: unknown = Reflect.get(issue, 'path');
        const text: unknown = Reflect.get(issue, 'message');
        return typeof text === 'string' ? [`${Array.isArray(path) ? path.join('.') : ''}: ${text}`] : [];
      })
    : [];
  return { message: typeof message === 'string' ? message : fallback, issues: lines };
}

/**
 * "Import a café or a template": the file goes to POST /api/sessions/import as it is; the new session
 * opens. A refused file says why, with its first problems; nothing is created then.
 */
export function ImportButton() {
  const t = useTranslations('imports');
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; issues: string[] } | null>(null);

  const send = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      const response = await fetch('/api/sessions/import', { method: 'POST', body: file, headers: { 'content-type': 'application/json' } });
      const body: unknown = await response.json().catch(() => null);
      const sessionId = typeof body === 'object' && body !== null ? Reflect.get(body, 'sessionId') : null;
      if (response.status === 201 && typeof sessionId === 'string') {
        router.push(`/console/sessions/${sessionId}`);
        return;
      }
      setFailure(reasonOf(body, String(response.status)));
    } catch (error) {
      setFailure({ message: error instanceof Error ? error.message : String(error), issues: [] });
    } finally {
      setBusy(false);
    }
  };

  const shown = failure?.issues.slice(0, 5) ?? [];
  return (
    <div className="stack-sm">
      <div>
        {/* A button opens the file picker: the input itself stays out of sight and out of the tab order. */}
        <button type="button" className="btn" disabled={busy} aria-describedby={`${inputId}-hint`} onClick={() => input.current?.click()}>
          {busy ? t('importing') : t('button')}
        </button>
        <input ref={input} id={inputId} type="file" accept="application/json,.json" hidden data-testid="import-file" onChange={(e) => void send(e)} />
      </div>
      <p id={`${inputId}-hint`} className="hint">
        {t('hint')}
      </p>
      <div role="alert">
        {failure ? (
          <div className="notice notice-error">
            <p>{t('failed', { reason: failure.message })}</p>
            {failure.issues.length > 5 ? <p>{t('more', { count: failure.issues.length - 5 })}</p> : null}
            {shown.length > 1 ? (
              <ul>
                {shown.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}

'use client';
import { useCallback, useEffect, useState } from 'react';
import { isLocale } from '@/lib/i18n/locales';
import type { SynthesisPage } from '@/lib/export/synthesis-page';
import { withTimeZone, type SynthesisLinks } from '@/lib/ui/synthesis-links';

export type SynthesisState =
  | { status: 'loading' }
  | { status: 'ready'; page: SynthesisPage }
  /** not-yet: before the close; not-participant: no token of this café (and not the organiser); not-found: no such address. */
  | { status: 'refused'; reason: 'not-yet' | 'not-participant' | 'not-found' }
  | { status: 'failed' };

/** The browser's time zone (the room's), for the dates in the synthesis and its files. */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The participant's token as the synthesis routes take it (the organiser's cookie goes by itself). */
export function authHeaders(token: string | undefined): Record<string, string> {
  return token ? { authorization: `Bearer ${token}` } : {};
}

/**
 * Our own server's answer (the same build as this page), checked for the shape of its top like a
 * socket message is trusted for its type: enough to tell it from an error page.
 */
function isSynthesisPage(value: unknown): value is SynthesisPage {
  if (typeof value !== 'object' || value === null) return false;
  return (
    typeof Reflect.get(value, 'title') === 'string' &&
    isLocale(Reflect.get(value, 'language')) &&
    Array.isArray(Reflect.get(value, 'questions')) &&
    Array.isArray(Reflect.get(value, 'matrix')) &&
    Array.isArray(Reflect.get(value, 'actions'))
  );
}

/** Loads the synthesis for this page (again with `reload`); `token`: the phone's participant token, if any. */
export function useSynthesis(links: SynthesisLinks, token: string | undefined): { state: SynthesisState; reload(): void } {
  const [state, setState] = useState<SynthesisState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    const load = async (): Promise<SynthesisState> => {
      try {
        const response = await fetch(withTimeZone(links.data, browserTimeZone()), { headers: authHeaders(token), cache: 'no-store' });
        if (response.status === 401) return { status: 'refused', reason: 'not-participant' };
        if (response.status === 403) return { status: 'refused', reason: 'not-yet' };
        if (response.status === 404) return { status: 'refused', reason: 'not-found' };
        const body: unknown = response.ok ? await response.json() : null;
        return isSynthesisPage(body) ? { status: 'ready', page: body } : { status: 'failed' };
      } catch {
        return { status: 'failed' };
      }
    };
    void load().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [links.data, token, attempt]);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { state, reload };
}

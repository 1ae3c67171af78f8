/** The interface languages, the cookie that remembers a person's choice, and how a first visit picks one. */
/** The languages of a session and of the interface. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LOCALE: Language = 'en';

/** Set only when a person picks a language; without it, phones and the projector follow the session's language. */
export const LOCALE_COOKIE = 'tournee_locale';
export const LOCALE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

export function isLocale(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * French when the Accept-Language header prefers French over English (by q-value, then order),
 * English otherwise.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Language {
  if (!header) return DEFAULT_LOCALE;
  let best: { locale: Language; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().split(';');
    const language = tag.trim().toLowerCase().split('-')[0];
    if (!isLocale(language)) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { locale: language, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

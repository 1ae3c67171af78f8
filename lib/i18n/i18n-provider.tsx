'use client';
/**
 * The interface language: a person's choice (cookie) wins, then the language of the session the
 * page shows (phones, projector), then what the browser asked for on the first request.
 */
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'use-intl';
import { CATALOGUE } from './catalogue';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_S, type Language } from './locales';

type LocaleControl = {
  locale: Language;
  /** A person picks a language: remembered in a cookie. */
  choose(locale: Language): void;
  setSessionLanguage(locale: Language | null): void;
};

const LocaleContext = createContext<LocaleControl | null>(null);

type Props = { initialLocale: Language; chosen: boolean; children: ReactNode };

export function I18nProvider({ initialLocale, chosen: initiallyChosen, children }: Props) {
  const [chosen, setChosen] = useState<Language | null>(initiallyChosen ? initialLocale : null);
  const [sessionLanguage, setSessionLanguage] = useState<Language | null>(null);
  const locale = chosen ?? sessionLanguage ?? initialLocale;

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const choose = useCallback((next: Language) => {
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE_S}; samesite=lax`;
    setChosen(next);
  }, []);

  const control = useMemo(() => ({ locale, choose, setSessionLanguage }), [locale, choose]);

  return (
    <LocaleContext value={control}>
      <IntlProvider locale={locale} messages={CATALOGUE[locale]} timeZone="UTC">
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}

export function useLocaleControl(): LocaleControl {
  const control = use(LocaleContext);
  if (!control) throw new Error('useLocaleControl must be used inside I18nProvider');
  return control;
}

/** Phones and the projector: the session's language applies unless the person chose one. */
export function useSessionLanguage(language: Language | undefined): void {
  const { setSessionLanguage } = useLocaleControl();
  useEffect(() => {
    if (!language) return;
    setSessionLanguage(language);
    return () => setSessionLanguage(null);
  }, [language, setSessionLanguage]);
}

'use client';
import { useTranslations } from 'use-intl';
import { useLocaleControl } from '@/lib/i18n/i18n-provider';
import { LANGUAGES, type Language } from '@/lib/i18n/locales';

/** Each language named in itself, so a person who cannot read the current one still finds theirs. */
const NATIVE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français' };

export function LanguageSwitcher() {
  const t = useTranslations('common');
  const { locale, choose } = useLocaleControl();
  return (
    <div role="group" aria-label={t('language')} className="cluster">
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className={`btn ${l === locale ? 'btn-primary' : 'btn-ghost'}`}
          aria-pressed={l === locale}
          onClick={() => choose(l)}
        >
          {NATIVE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { LANGUAGES } from '@/lib/i18n/locales';
import { LIMITS } from '@/lib/realtime/contract';
import type { SectionProps } from './builder-types';
import { DraftField } from './draft-field';

const LANGUAGE_NAMES = { fr: 'Français', en: 'English' } as const;

export function GeneralFields({ form, update, problems }: SectionProps) {
  const t = useTranslations('builder');
  return (
    <fieldset className="stack">
      <legend>{t('general')}</legend>
      <DraftField fieldKey="title" label={t('title')} problem={problems.title}>
        {(wiring) => (
          <input
            {...wiring}
            className="input"
            value={form.title}
            maxLength={LIMITS.titleMax}
            required
            onChange={(e) => update((f) => ({ ...f, title: e.target.value }))}
          />
        )}
      </DraftField>
      <DraftField fieldKey="purpose" label={t('purpose')} hint={t('purposeHint')} problem={problems.purpose}>
        {(wiring) => (
          <textarea
            {...wiring}
            className="textarea"
            value={form.purpose}
            maxLength={LIMITS.purposeMax}
            onChange={(e) => update((f) => ({ ...f, purpose: e.target.value }))}
          />
        )}
      </DraftField>
      <DraftField fieldKey="language" label={t('language')} hint={t('languageHint')} problem={problems.language}>
        {(wiring) => (
          <select
            {...wiring}
            className="select"
            value={form.language}
            onChange={(e) => {
              const language = LANGUAGES.find((l) => l === e.target.value);
              if (language) update((f) => ({ ...f, language }));
            }}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </DraftField>
    </fieldset>
  );
}

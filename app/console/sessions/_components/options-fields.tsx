'use client';
import { useTranslations } from 'use-intl';
import type { SectionProps } from './builder-types';

type OptionProps = { id: string; label: string; hint: string; checked: boolean; onChange(checked: boolean): void };

function OptionCheckbox({ id, label, hint, checked, onChange }: OptionProps) {
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" checked={checked} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.checked)} />
      <div>
        <label htmlFor={id} className="label">
          {label}
        </label>
        <div id={`${id}-hint`} className="hint">
          {hint}
        </div>
      </div>
    </div>
  );
}

export function OptionsFields({ form, update }: SectionProps) {
  const t = useTranslations('builder');
  return (
    <fieldset className="stack-sm">
      <legend>{t('options')}</legend>
      <OptionCheckbox
        id="field-anonymous"
        label={t('anonymous')}
        hint={t('anonymousHint')}
        checked={form.anonymous}
        onChange={(anonymous) => update((f) => ({ ...f, anonymous }))}
      />
      <OptionCheckbox
        id="field-autoAdvance"
        label={t('autoAdvance')}
        hint={t('autoAdvanceHint')}
        checked={form.autoAdvance}
        onChange={(autoAdvance) => update((f) => ({ ...f, autoAdvance }))}
      />
    </fieldset>
  );
}

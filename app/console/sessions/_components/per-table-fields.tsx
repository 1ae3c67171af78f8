'use client';
import { useTranslations } from 'use-intl';
import { LIMITS } from '@/lib/realtime/contract';
import type { SectionProps } from './builder-types';
import styles from './builder.module.css';
import { DraftField } from './draft-field';

/** Fewest and most people per table, host included; empty means no limit. */
export function PerTableFields({ form, update, problems }: SectionProps) {
  const t = useTranslations('builder');
  const field = (key: 'minPerTable' | 'maxPerTable') => (
    <DraftField fieldKey={key} label={t(key)} problem={problems[key]}>
      {(wiring) => (
        <input
          {...wiring}
          aria-describedby={[wiring['aria-describedby'], 'per-table-hint'].filter(Boolean).join(' ')}
          className="input"
          type="number"
          min={LIMITS.perTableMin}
          max={LIMITS.perTableMax}
          inputMode="numeric"
          value={form[key]}
          onChange={(e) => update((f) => ({ ...f, [key]: e.target.value }))}
        />
      )}
    </DraftField>
  );
  return (
    <fieldset className="stack-sm">
      <legend>{t('perTableHeading')}</legend>
      <p id="per-table-hint" className="hint">
        {t('perTableHint')}
      </p>
      <div className={styles.perTable}>
        {field('minPerTable')}
        {field('maxPerTable')}
      </div>
    </fieldset>
  );
}

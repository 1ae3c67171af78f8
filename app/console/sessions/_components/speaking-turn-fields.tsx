'use client';
import { useTranslations } from 'use-intl';
import type { SectionProps } from './builder-types';
import { DraftField } from './draft-field';

/** The tour de table's slot: split the sharing time evenly (default) or a fixed number of minutes per person. */
export function SpeakingTurnFields({ form, update, problems }: SectionProps) {
  const t = useTranslations('builder');
  const fixed = form.speakingTurn === 'fixed';
  return (
    <fieldset className="stack-sm">
      <legend>{t('speakingTurn')}</legend>
      <div className="checkbox">
        <input
          id="speaking-split"
          type="radio"
          name="speaking-turn"
          checked={!fixed}
          aria-describedby="speaking-split-hint"
          onChange={() => update((f) => ({ ...f, speakingTurn: 'split' }))}
        />
        <div>
          <label htmlFor="speaking-split" className="label">
            {t('speakingSplit')}
          </label>
          <div id="speaking-split-hint" className="hint">
            {t('speakingSplitHint')}
          </div>
        </div>
      </div>
      <div className="checkbox">
        <input id="speaking-fixed" type="radio" name="speaking-turn" checked={fixed} onChange={() => update((f) => ({ ...f, speakingTurn: 'fixed' }))} />
        <label htmlFor="speaking-fixed" className="label">
          {t('speakingFixed')}
        </label>
      </div>
      {fixed ? (
        <div style={{ maxWidth: '14rem', paddingLeft: 'var(--space-6)' }}>
          <DraftField fieldKey="speakingTurnMs" label={t('speakingMinutes')} hint={t('speakingMinutesHint')} problem={problems.speakingTurnMs}>
            {(wiring) => (
              <input
                {...wiring}
                className="input"
                inputMode="decimal"
                value={form.speakingMinutes}
                onChange={(e) => update((f) => ({ ...f, speakingMinutes: e.target.value }))}
              />
            )}
          </DraftField>
        </div>
      ) : null}
    </fieldset>
  );
}

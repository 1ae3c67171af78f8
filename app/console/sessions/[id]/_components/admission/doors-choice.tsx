'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { DOORS, type Doors } from '@/lib/realtime/contract';

const LABELS = {
  open: ['doorsOpen', 'doorsOpenHint'],
  approval: ['doorsApproval', 'doorsApprovalHint'],
  closed: ['doorsClosed', 'doorsClosedHint'],
} as const;

/** Open, ask me first, closed: who may still join. */
export function DoorsChoice({ doors, disabled, onChange }: { doors: Doors; disabled: boolean; onChange(doors: Doors): void }) {
  const t = useTranslations('admission');
  const name = useId();
  return (
    <fieldset className="stack-sm">
      <legend>{t('doors')}</legend>
      {DOORS.map((option) => {
        const [label, hint] = LABELS[option];
        const id = `${name}-${option}`;
        return (
          <div key={option} className="checkbox">
            <input
              id={id}
              type="radio"
              name={name}
              value={option}
              checked={doors === option}
              disabled={disabled}
              aria-describedby={`${id}-hint`}
              onChange={() => onChange(option)}
            />
            <div>
              <label htmlFor={id} className="label">
                {t(label)}
              </label>
              <div id={`${id}-hint`} className="hint">
                {t(hint)}
              </div>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}

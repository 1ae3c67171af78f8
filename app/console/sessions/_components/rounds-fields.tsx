'use client';
import { useTranslations } from 'use-intl';
import { LIMITS } from '@/lib/realtime/contract';
import { moveItem, newRound, PHASE_FIELDS, type RoundForm } from '@/lib/ui/session-form';
import type { SectionProps } from './builder-types';
import { DraftField, ListProblem } from './draft-field';
import styles from './builder.module.css';

const PHASE_LABEL = { reflectionMs: 'reflection', sharingMs: 'sharing', consolidationMs: 'consolidation' } as const;

export function RoundsFields({ form, update, problems }: SectionProps) {
  const t = useTranslations('builder');
  const setRound = (index: number, change: Partial<RoundForm>) =>
    update((f) => ({ ...f, rounds: f.rounds.map((r, i) => (i === index ? { ...r, ...change } : r)) }));
  const count = form.rounds.length;

  return (
    <fieldset className="stack" aria-describedby={problems.rounds ? 'field-rounds-error' : undefined}>
      <legend>{t('rounds')}</legend>
      <ListProblem fieldKey="rounds" problem={problems.rounds} />
      <ol className={`plain-list stack ${styles.rounds}`}>
        {form.rounds.map((round, index) => {
          const n = index + 1;
          return (
            <li key={round.key}>
              <fieldset className={`stack-sm ${styles.round}`}>
                <legend>{t('round', { n })}</legend>
                <DraftField fieldKey={`rounds.${index}.question`} label={t('question')} problem={problems[`rounds.${index}.question`]}>
                  {(wiring) => (
                    <textarea
                      {...wiring}
                      className="textarea"
                      value={round.question}
                      maxLength={LIMITS.questionMax}
                      required
                      onChange={(e) => setRound(index, { question: e.target.value })}
                    />
                  )}
                </DraftField>
                <div className={styles.durations} role="group" aria-labelledby={`durations-${round.key}`}>
                  <p className="label" id={`durations-${round.key}`}>
                    {t('durations')}
                  </p>
                  <div className={styles.durationGrid}>
                    {PHASE_FIELDS.map((field) => (
                      <DraftField
                        key={field}
                        fieldKey={`rounds.${index}.${field}`}
                        label={t(PHASE_LABEL[field])}
                        problem={problems[`rounds.${index}.${field}`]}
                      >
                        {(wiring) => (
                          <input
                            {...wiring}
                            className="input"
                            inputMode="decimal"
                            value={round[field]}
                            onChange={(e) => setRound(index, { [field]: e.target.value })}
                          />
                        )}
                      </DraftField>
                    ))}
                  </div>
                </div>
                <div className="cluster">
                  <button
                    type="button"
                    className="btn"
                    disabled={index === 0}
                    onClick={() => update((f) => ({ ...f, rounds: moveItem(f.rounds, index, -1) }))}
                    aria-label={t('moveUp', { n })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="btn"
                    disabled={index === count - 1}
                    onClick={() => update((f) => ({ ...f, rounds: moveItem(f.rounds, index, 1) }))}
                    aria-label={t('moveDown', { n })}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="btn btn-ghost"
                    disabled={count <= 1}
                    onClick={() => update((f) => ({ ...f, rounds: f.rounds.filter((_, i) => i !== index) }))}
                  >
                    {t('removeRound', { n })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div>
        <button type="button" className="btn" disabled={count >= LIMITS.roundsMax} onClick={() => update((f) => ({ ...f, rounds: [...f.rounds, newRound()] }))}>
          {t('addRound')}
        </button>
      </div>
    </fieldset>
  );
}

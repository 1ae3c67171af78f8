'use client';
import { useTranslations } from 'use-intl';
import { PLENARY_STEPS, RATERS, VOTE_TARGETS } from '@/lib/domain/plenary/plenary-types';
import { withStep, type PlenaryForm, type TimedStep } from '@/lib/ui/plenary-form';
import type { SectionProps } from './builder-types';
import styles from './builder.module.css';
import { DraftField } from './draft-field';

/** The plenary's programme: which steps run (fixed order, each can be switched off) and, for each step on, its settings. */
export function PlenaryFields({ form, update, problems }: SectionProps) {
  const t = useTranslations('plenaryA.builder');
  const plenary = form.plenary;
  const set = (change: Partial<PlenaryForm>) => update((f) => ({ ...f, plenary: { ...f.plenary, ...change } }));
  const on = (step: (typeof PLENARY_STEPS)[number]) => plenary.steps.includes(step);
  const timer = (step: TimedStep) => (
    <div className={styles.count}>
      <DraftField
        fieldKey={`plenary.stepDurationsMs.${step}`}
        label={t('durations')}
        hint={t('durationsHint')}
        problem={problems[`plenary.stepDurationsMs.${step}`]}
      >
        {(wiring) => (
          <input
            {...wiring}
            className="input"
            inputMode="decimal"
            value={plenary.stepMinutes[step]}
            onChange={(e) => set({ stepMinutes: { ...plenary.stepMinutes, [step]: e.target.value } })}
          />
        )}
      </DraftField>
    </div>
  );
  const count = (key: 'dotsPerPerson' | 'maxDotsPerItem' | 'shortlistSize', hint?: string) => (
    <div className={styles.count}>
      <DraftField fieldKey={`plenary.${key}`} label={t(key)} hint={hint} problem={problems[`plenary.${key}`]}>
        {(wiring) => <input {...wiring} className="input" inputMode="numeric" value={plenary[key]} onChange={(e) => set({ [key]: e.target.value })} />}
      </DraftField>
    </div>
  );

  return (
    <fieldset className="stack-sm" data-testid="plenary-fields">
      <legend>{t('heading')}</legend>
      <p className="hint">{t('intro')}</p>
      <ol className={styles.plenarySteps} aria-label={t('steps')}>
        {PLENARY_STEPS.map((step) => (
          <li key={step} className={`card stack-sm ${styles.plenaryStep}`}>
            <div className="checkbox">
              <input
                id={`plenary-step-${step}`}
                type="checkbox"
                checked={on(step)}
                onChange={(e) => set({ steps: withStep(plenary.steps, step, e.target.checked) })}
              />
              <label htmlFor={`plenary-step-${step}`} className="label">
                {t(`step.${step}`)}
              </label>
            </div>
            {on(step) && step === 'restitution' ? (
              <div className={styles.count}>
                <DraftField fieldKey="plenary.restitutionSlotMs" label={t('slot')} hint={t('slotHint')} problem={problems['plenary.restitutionSlotMs']}>
                  {(wiring) => (
                    <input
                      {...wiring}
                      className="input"
                      inputMode="decimal"
                      value={plenary.restitutionMinutes}
                      onChange={(e) => set({ restitutionMinutes: e.target.value })}
                    />
                  )}
                </DraftField>
              </div>
            ) : null}
            {on(step) && step === 'vote' ? (
              <>
                <div className={styles.durationGrid}>
                  {count('dotsPerPerson')}
                  {count('maxDotsPerItem')}
                </div>
                <fieldset className="stack-sm">
                  <legend className="label">{t('voteOn')}</legend>
                  {VOTE_TARGETS.map((target) => (
                    <div key={target} className="checkbox">
                      <input
                        id={`plenary-vote-on-${target}`}
                        type="radio"
                        name="plenary-vote-on"
                        checked={plenary.voteOn === target}
                        aria-invalid={problems['plenary.voteOn'] !== undefined}
                        aria-describedby={problems['plenary.voteOn'] ? 'field-plenary-voteOn-error' : undefined}
                        onChange={() => set({ voteOn: target })}
                      />
                      <label htmlFor={`plenary-vote-on-${target}`} className="label">
                        {target === 'ideas' ? t('voteOnIdeas') : t('voteOnWorkstreams')}
                      </label>
                    </div>
                  ))}
                  <VoteOnProblem problem={problems['plenary.voteOn'] !== undefined} />
                </fieldset>
                {count('shortlistSize', t('shortlistSizeHint'))}
              </>
            ) : null}
            {on(step) && step === 'assessment' ? (
              <fieldset className="stack-sm">
                <legend className="label">{t('ratedBy')}</legend>
                {RATERS.map((raters) => (
                  <div key={raters} className="checkbox">
                    <input
                      id={`plenary-rated-by-${raters}`}
                      type="radio"
                      name="plenary-rated-by"
                      checked={plenary.ratedBy === raters}
                      onChange={() => set({ ratedBy: raters })}
                    />
                    <label htmlFor={`plenary-rated-by-${raters}`} className="label">
                      {raters === 'everyone' ? t('ratedByEveryone') : t('ratedByOrganiser')}
                    </label>
                  </div>
                ))}
              </fieldset>
            ) : null}
            {on(step) && step !== 'restitution' ? timer(step) : null}
          </li>
        ))}
      </ol>
      {plenary.steps.length === 0 ? <p className="notice">{t('noSteps')}</p> : null}
    </fieldset>
  );
}

/** The rule across two fields (voting on workstreams needs their step), said under the choice. */
function VoteOnProblem({ problem }: { problem: boolean }) {
  const t = useTranslations('plenaryA.builder.problem');
  if (!problem) return null;
  return (
    <p id="field-plenary-voteOn-error" className="field-error" tabIndex={-1}>
      {t('voteNeedsWorkstreams')}
    </p>
  );
}

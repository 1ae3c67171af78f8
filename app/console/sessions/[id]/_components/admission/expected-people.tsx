'use client';
import { useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { FormField } from '@/app/_components/form-field';
import { LIMITS, type Admission } from '@/lib/realtime/contract';
import styles from './admission.module.css';

/** The head count the capacity follows (plus its margin); empty: the tables' seats. */
export function ExpectedPeople({ admission, disabled, onChange }: { admission: Admission; disabled: boolean; onChange(expected: number | null): void }) {
  const t = useTranslations('admission');
  const [value, setValue] = useState(admission.expectedPeople?.toString() ?? '');
  const [invalid, setInvalid] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    if (text === '') return onChange(null);
    const number = Number(text);
    const valid = Number.isInteger(number) && number >= 1 && number <= LIMITS.expectedPeopleMax;
    setInvalid(!valid);
    if (valid) onChange(number);
  };
  return (
    <form className={`cluster ${styles.expectedForm}`} onSubmit={submit} noValidate>
      <div className={styles.expected}>
        <FormField label={t('expected')} hint={t('expectedHint')} error={invalid ? t('expectedInvalid', { max: LIMITS.expectedPeopleMax }) : null}>
          {(wiring) => <input {...wiring} className="input" inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />}
        </FormField>
      </div>
      <button type="submit" className="btn" disabled={disabled}>
        {t('setExpected')}
      </button>
      {admission.expectedPeople !== null ? (
        <button
          type="button"
          className="btn btn-ghost"
          disabled={disabled}
          onClick={() => {
            setValue('');
            onChange(null);
          }}
        >
          {t('useTables')}
        </button>
      ) : null}
    </form>
  );
}

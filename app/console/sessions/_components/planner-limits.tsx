'use client';
import { FormField } from '@/app/_components/form-field';
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { rotationLimits, seatingFit } from '@/lib/ui/rotation-limits';

type Props = {
  tables: number;
  rounds: number;
  /** The per-table limits as typed (null: none; NaN while being typed is ignored). */
  minPerTable: number | null;
  maxPerTable: number | null;
  /** Per session ("new" before it exists): the head count stays on this browser only. */
  storageKey: string;
};

function load(key: string): string {
  try {
    return window.localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/**
 * The expected head count (UI only: the draft schema does not carry it) and, from the proven bound,
 * what the rotation can do with these numbers, in plain words.
 */
export function PlannerLimits({ tables, rounds, minPerTable, maxPerTable, storageKey }: Props) {
  const t = useTranslations('builder');
  const id = useId();
  const key = `tournee:expected-people:${storageKey}`;
  const [text, setText] = useState('');
  useEffect(() => setText(load(key)), [key]);

  const change = (value: string) => {
    const digits = value.replace(/\D/g, '').slice(0, 5);
    setText(digits);
    try {
      if (digits) window.localStorage.setItem(key, digits);
      else window.localStorage.removeItem(key);
    } catch {
      // Without storage the number lives until the page is closed.
    }
  };

  const people = Number(text);
  const limits = text ? rotationLimits(people, tables, rounds) : null;
  const lines: string[] = [];
  if (!text) lines.push(t('limitsNeedPeople'));
  else if (!limits) lines.push(t('limitsTooFew'));
  else {
    if (limits.zeroRepeats) lines.push(t('limitsZero'));
    else {
      lines.push(t('limitsRepeats', { tables, people, rounds, pairs: limits.repeatedPairs }));
      lines.push(
        limits.tablesForZero !== null && limits.tablesForZero > tables ? t('limitsAddTables', { count: limits.tablesForZero - tables }) : t('limitsNoZero'),
      );
    }
    if (limits.revisitsForced) lines.push(t('limitsRevisits', { count: limits.revisits }));
  }
  const fit = text ? seatingFit(people, tables, minPerTable, maxPerTable) : null;
  if (fit?.kind === 'over-max') lines.push(t('limitsOverMax', { tables, max: maxPerTable ?? 0, capacity: fit.capacity, people, count: fit.addTables }));
  if (fit?.kind === 'under-min') lines.push(t('limitsUnderMin', { people, tables, min: minPerTable ?? 0, count: fit.tablesForMin }));
  const warn = (limits && (!limits.zeroRepeats || limits.revisitsForced)) || (fit !== null && fit.kind !== 'fits');

  return (
    <fieldset className="stack-sm">
      <legend>{t('limitsHeading')}</legend>
      <FormField id={id} label={t('expectedPeople')} hint={t('expectedPeopleHint')}>
        {(wiring) => (
          <input
            {...wiring}
            className="input"
            style={{ maxWidth: '12rem' }}
            inputMode="numeric"
            pattern="[0-9]*"
            value={text}
            onChange={(e) => change(e.target.value)}
            aria-describedby={`${wiring['aria-describedby']} ${id}-limits`}
          />
        )}
      </FormField>
      <div id={`${id}-limits`} aria-live="polite" className={warn ? 'notice notice-warning' : 'notice'} data-testid="planner-limits">
        {lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </fieldset>
  );
}

'use client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { LIMITS } from '@/lib/realtime/contract';
import styles from './table.module.css';

type Props = { initial: string; label: string; busy: boolean; onSave(text: string): void; onCancel(): void };

/** An idea's text with a live length counter; saving an empty idea is not possible. */
export function IdeaForm({ initial, label, busy, onSave, onCancel }: Props) {
  const t = useTranslations('consolidate');
  const [text, setText] = useState(initial);
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) onSave(text.trim());
  };
  return (
    <form onSubmit={submit} className="stack-sm">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea
          id={id}
          className="textarea"
          value={text}
          maxLength={LIMITS.ideaMax}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-count`}
          autoFocus
        />
        <p id={`${id}-count`} className={styles.counter} data-full={text.length >= LIMITS.ideaMax}>
          {t('counter', { count: text.length, max: LIMITS.ideaMax })}
        </p>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary" disabled={busy || !text.trim()}>
          {t('save')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}

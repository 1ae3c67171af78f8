'use client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { LIMITS } from '@/lib/realtime/contract';
import type { DisplayNote } from '@/lib/ui/outbox';
import { NoteCounter } from './note-counter';
import styles from './notes.module.css';

type Props = { note: DisplayNote; n: number; onEdit(text: string): void; onDelete(): void; onDismiss(): void };

/** One of my notes: its text, whether it reached the server, and edit / delete. */
export function NoteItem({ note, n, onEdit, onDelete, onDismiss }: Props) {
  const t = useTranslations('notes');
  const te = useTranslations('errors');
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();

  const save = (event: FormEvent) => {
    event.preventDefault();
    const text = draft?.trim() ?? '';
    if (!text) return;
    if (text !== note.text) onEdit(text);
    setDraft(null);
  };

  if (draft !== null) {
    return (
      <li className={styles.note}>
        <form onSubmit={save} className="stack-sm">
          <label htmlFor={id} className="label">
            {t('editLabel', { n })}
          </label>
          <textarea
            id={id}
            className="textarea"
            value={draft}
            maxLength={LIMITS.noteMax}
            onChange={(e) => setDraft(e.target.value)}
            aria-describedby={`${id}-count`}
            autoFocus
          />
          <NoteCounter id={`${id}-count`} length={draft.length} />
          <div className="cluster">
            <button type="submit" className="btn btn-primary" disabled={!draft.trim()}>
              {t('save')}
            </button>
            <button type="button" className="btn" onClick={() => setDraft(null)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className={styles.note} data-status={note.status}>
      <p className={styles.noteText}>{note.text}</p>
      <p className={styles.noteStatus} data-status={note.status}>
        {note.status === 'failed' ? t('failed', { reason: te(note.error ?? 'internal') }) : t(note.status)}
      </p>
      <div className="cluster">
        {note.status === 'failed' ? (
          <button type="button" className="btn" onClick={onDismiss}>
            {t('dismiss')}
          </button>
        ) : (
          <>
            <button type="button" className="btn" aria-label={t('editLabel', { n })} onClick={() => setDraft(note.text)}>
              {t('edit')}
            </button>
            <button type="button" className="btn btn-ghost" aria-label={t('deleteLabel', { n })} onClick={onDelete}>
              {t('delete')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

'use client';
import { useId, useState, type FormEvent } from 'react';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import { LIMITS } from '@/lib/realtime/contract';
import type { DisplayNote } from '@/lib/ui/outbox';
import { NoteCounter } from './note-counter';
import { NoteItem } from './note-item';
import styles from './notes.module.css';
import type { NoteOutbox } from './use-note-outbox';

type Props = { notes: DisplayNote[]; round: number; outbox: NoteOutbox };

/** The reflection's post-its: write several, edit or delete them; each goes through the outbox. */
export function NotesEditor({ notes, round, outbox }: Props) {
  const t = useTranslations('notes');
  const [text, setText] = useState('');
  const id = useId();
  const full = notes.length >= LIMITS.notesPerRound;

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed || full) return;
    outbox.write({ kind: 'add', noteId: newCommandId(), text: trimmed }, round);
    setText('');
  };

  return (
    <section className="card stack" aria-labelledby="notes-heading">
      <div>
        <h2 id="notes-heading">{t('heading')}</h2>
        <p className="muted">{t('hint')}</p>
      </div>
      <form onSubmit={add} className="stack-sm">
        <label htmlFor={id} className="label">
          {t('newNote')}
        </label>
        <textarea
          id={id}
          className="textarea"
          value={text}
          maxLength={LIMITS.noteMax}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-count`}
        />
        <NoteCounter id={`${id}-count`} length={text.length} />
        <button type="submit" className="btn btn-primary btn-block" disabled={!text.trim() || full}>
          {t('add')}
        </button>
      </form>
      <div className="spread">
        <h3 className={styles.listHeading}>{t('count', { count: notes.length })}</h3>
      </div>
      {notes.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className={styles.notes} aria-label={t('heading')}>
          {notes.map((note, i) => (
            <NoteItem
              key={note.id}
              note={note}
              n={i + 1}
              onEdit={(next) => outbox.write({ kind: 'edit', noteId: note.id, text: next }, round)}
              onDelete={() => outbox.write({ kind: 'delete', noteId: note.id }, round)}
              onDismiss={() => outbox.dismiss(note.id)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

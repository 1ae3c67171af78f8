'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import type { NoteView } from '@/lib/realtime/contract';
import { PlusOnes, type ReactAs } from './plus-one-button';
import styles from './table.module.css';

type Props = {
  notes: readonly NoteView[];
  /** A participant reacts with +1; without it, the counts only. */
  react?: ReactAs;
  headingLevel?: 'h2' | 'h3';
};

/** The table's shared notes, with the author's name unless the session is anonymous. */
export function SharedNotes({ notes, react, headingLevel: Heading = 'h2' }: Props) {
  const t = useTranslations('table');
  const headingId = useId();
  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('sharedNotes')}</Heading>
      {notes.length === 0 ? (
        <p className="muted">{t('noSharedNotes')}</p>
      ) : (
        <ul className={styles.list}>
          {notes.map((note) => (
            <li key={note.id} className={styles.item}>
              <div className={styles.itemRow}>
                <p className={styles.text}>{note.text}</p>
                <PlusOnes item={note} react={react} />
              </div>
              {note.authorName ? <p className={styles.meta}>{note.authorName}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import type { NoteToMerge } from '@/lib/ui/consolidation-notes';
import { PlusOneCount } from './plus-one-button';
import styles from './table.module.css';

type Props = { notes: readonly NoteToMerge[]; selected: ReadonlySet<string>; onToggle(id: string, on: boolean): void };

/** The shared notes with a checkbox each, for merging, the most +1 first; those already merged say into which idea. */
export function SelectableNotes({ notes, selected, onToggle }: Props) {
  const t = useTranslations('table');
  const tc = useTranslations('consolidate');
  const headingId = useId();
  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sharedNotes')}</h3>
      {notes.length === 0 ? (
        <p className="muted">{t('noSharedNotes')}</p>
      ) : (
        <ul className={styles.list}>
          {notes.map((note) => {
            const id = `select-${note.id}`;
            return (
              <li key={note.id} className={styles.item} data-merged={note.inIdeas.length > 0}>
                <div className={styles.selectRow}>
                  <input id={id} type="checkbox" checked={selected.has(note.id)} onChange={(e) => onToggle(note.id, e.target.checked)} />
                  <label htmlFor={id}>
                    <span className={styles.text}>{note.text}</span>
                    {note.authorName ? <span className={`${styles.meta} muted`}> — {note.authorName}</span> : null}
                    {note.inIdeas.length > 0 ? (
                      <span className={styles.mergedMark}> ✓ {tc('inIdeas', { count: note.inIdeas.length, list: note.inIdeas.join(', ') })}</span>
                    ) : null}
                  </label>
                  <PlusOneCount count={note.plusOnes} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

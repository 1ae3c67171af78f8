'use client';
import { useTranslations } from 'use-intl';
import { LIMITS } from '@/lib/realtime/contract';
import styles from './notes.module.css';

/** "42 / 280", shown as the person types (red at the limit). */
export function NoteCounter({ id, length }: { id: string; length: number }) {
  const t = useTranslations('notes');
  return (
    <p id={id} className={styles.counter} data-full={length >= LIMITS.noteMax}>
      {t('counter', { count: length, max: LIMITS.noteMax })}
    </p>
  );
}

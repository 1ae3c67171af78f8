'use client';
import { useTranslations } from 'use-intl';
import type { IdeaView } from '@/lib/realtime/contract';
import styles from './table.module.css';

/** "from 2 notes — Amina, Bruno" (names absent in anonymous sessions), or "written by the table". */
export function IdeaLineage({ idea }: { idea: IdeaView }) {
  const t = useTranslations('table');
  const count = idea.sourceNoteIds.length;
  const text =
    count === 0 ? t('written') : idea.authorNames.length > 0 ? t('lineageNames', { count, names: idea.authorNames.join(', ') }) : t('lineage', { count });
  return <p className={styles.meta}>{text}</p>;
}

'use client';
import { useTranslations } from 'use-intl';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { TableRef } from '@/lib/realtime/contract';
import styles from './arrival.module.css';

/** Checked in at the rotation's table: a welcome instead of the destination. */
export function ArrivedCard({ table }: { table: TableRef }) {
  const t = useTranslations('arrival');
  const title = useTableTitle();
  return (
    <section className={`card ${styles.arrived}`} aria-live="polite">
      <TableSwatch colour={table.colour} />
      <h2 className={styles.welcome}>{t('welcome', { table: title(table) })}</h2>
    </section>
  );
}

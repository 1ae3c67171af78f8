'use client';
import { useTranslations } from 'use-intl';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { TableRef } from '@/lib/realtime/contract';
import styles from './phone.module.css';

/** "Table 3 — Green" with its colour (named in words too), and who hosts it. */
export function TableHeader({ table, hostName, isHost }: { table: TableRef; hostName: string | null; isHost: boolean }) {
  const t = useTranslations('seat');
  const title = useTableTitle();
  return (
    <section className={`card ${styles.tableCard}`} aria-labelledby="my-table-heading">
      <div className={styles.tableLine}>
        <TableSwatch colour={table.colour} />
        <h2 id="my-table-heading" className={styles.tableName}>
          {isHost ? t('youHost', { number: table.number }) : title(table)}
        </h2>
      </div>
      <p className="muted">{isHost ? title(table) : hostName ? t('hostedBy', { name: hostName }) : t('noHost')}</p>
    </section>
  );
}

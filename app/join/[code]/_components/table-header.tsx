'use client';
import { useTranslations } from 'use-intl';
import { TableSwatch } from '@/app/_components/table-swatch';
import type { TableSummary } from '@/lib/realtime/contract';
import styles from './phone.module.css';

/** "Table 3 — Green" with its colour (named in words too), and who hosts it. */
export function TableHeader({ table, isHost }: { table: TableSummary; isHost: boolean }) {
  const t = useTranslations();
  return (
    <section className={`card ${styles.tableCard}`} aria-labelledby="my-table-heading">
      <div className={styles.tableLine}>
        <TableSwatch colour={table.colour} />
        <h2 id="my-table-heading" className={styles.tableName}>
          {isHost ? t('seat.youHost', { number: table.number }) : t('seat.tableLabel', { number: table.number, name: table.name })}
        </h2>
      </div>
      <p className="muted">
        {isHost ? `${table.name} · ` : ''}
        {t('seat.colourLabel', { colour: t(`colours.${table.colour}`) })}
        {!isHost ? ` · ${table.hostName ? t('seat.hostedBy', { name: table.hostName }) : t('seat.noHost')}` : ''}
      </p>
    </section>
  );
}

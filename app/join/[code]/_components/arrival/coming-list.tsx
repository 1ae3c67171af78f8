'use client';
import { useTranslations } from 'use-intl';
import type { TableView } from '@/lib/realtime/contract';
import styles from './arrival.module.css';

/** The host's phone during a rotation: who is coming to the table, who is already here (in words, not colour). */
export function ComingList({ table }: { table: TableView }) {
  const t = useTranslations('arrival');
  const guests = table.roster.filter((p) => p.id !== table.hostId);
  const sorted = [...guests].sort((a, b) => Number(a.here !== false) - Number(b.here !== false) || a.displayName.localeCompare(b.displayName));
  return (
    <section className="card stack-sm" aria-labelledby="coming-heading">
      <h2 id="coming-heading">{t('comingHeading')}</h2>
      {sorted.length === 0 ? (
        <p className="muted">{t('nobodyComing')}</p>
      ) : (
        <ul className={`plain-list ${styles.coming}`}>
          {sorted.map((p) => (
            <li key={p.id} className={styles.comingRow} data-here={p.here !== false}>
              <span>{p.displayName}</span>
              <span className="badge">{p.here === false ? t('onTheWay') : `✓ ${t('here')}`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

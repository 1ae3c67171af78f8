'use client';
import { useTranslations } from 'use-intl';
import { JoinQr } from '@/app/_components/join-qr';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { TableSummary } from '@/lib/realtime/contract';
import styles from './kit.module.css';

type Props = { table: TableSummary; url: string; code: string; questions: string[] };

/**
 * One sheet, folded in two along the dotted line. The front (lower half) faces the room: the table's
 * colour band, its name, its QR and the join code. The back (upper half, turned upside down on paper
 * so it stands upright once folded) faces the table: the questions of the rounds.
 */
export function TentCard({ table, url, code, questions }: Props) {
  const t = useTranslations('kit');
  const title = useTableTitle()(table);
  const colours = { ['--band' as string]: `var(--table-${table.colour})`, ['--band-text' as string]: `var(--table-${table.colour}-text)` };
  return (
    <article className={styles.sheet} aria-label={title} data-testid="tent-card" style={colours}>
      {/* The front comes first for screen readers; on paper the back sits above the fold. */}
      <div className={styles.fold} aria-hidden="true">
        <span>{t('fold')}</span>
      </div>
      <section className={`${styles.half} ${styles.front}`}>
        <div className={styles.band}>
          <span className={styles.bandNumber}>{table.number}</span>
          <h2 className={styles.tableName}>{title}</h2>
        </div>
        <div className={styles.join}>
          <JoinQr url={url} className={styles.qr} label={t('qrLabel', { name: title, url })} />
          <div className={styles.joinText}>
            <p className={styles.scan}>{t('scanToSit')}</p>
            <p className={styles.codeLabel}>{t('joinCode')}</p>
            <p className={`join-code ${styles.code}`}>{code}</p>
            <p className={styles.url}>{url.replace(/^https?:\/\//, '')}</p>
          </div>
        </div>
      </section>
      <section className={`${styles.half} ${styles.back}`} aria-label={t('questions')}>
        <div className={styles.backInner}>
          <h3 className={styles.questionsHeading}>
            {title} · {t('questions')}
          </h3>
          <ol className={styles.questions}>
            {questions.map((question, i) => (
              <li key={i}>
                <span className={styles.roundName}>{t('roundQuestion', { n: i + 1 })}</span> {question}
              </li>
            ))}
          </ol>
        </div>
      </section>
    </article>
  );
}

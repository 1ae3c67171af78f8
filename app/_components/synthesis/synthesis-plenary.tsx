'use client';
import type { ReactNode } from 'react';
import { decimal, mediumDate, range, rankLabel, type ExportLabels } from '@/lib/export/labels';
import type { SynthesisPage } from '@/lib/export/synthesis-page';
import { Heading } from './synthesis-document';
import styles from './synthesis.module.css';

type Column = { header: string; numeric?: boolean; nowrap?: boolean };

/** A table whose rows stack as labelled blocks on a phone (each cell says its column). */
export function DataTable({ columns, rows, caption }: { columns: Column[]; rows: ReactNode[][]; caption: string }) {
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col" className={c.numeric ? styles.numeric : undefined}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td
                key={j}
                data-label={columns[j]?.header}
                className={[columns[j]?.numeric ? styles.numeric : '', columns[j]?.nowrap ? styles.nowrap : ''].join(' ').trim() || undefined}
              >
                {/* One box for the content: on a phone the cell lays out its column's name, then this. */}
                <span>{cell}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const rating = (s: { median: number; q1: number; q3: number } | null, language: SynthesisPage['language']) =>
  s === null ? '–' : `${decimal(s.median, language)} (${range(s.q1, s.q3, language)})`;

/** The plenary's results: the workstreams ranked, the effort × gain matrix and its legend, the action plan. */
export function SynthesisPlenary({ page, level, t }: { page: SynthesisPage; level: number; t: ExportLabels }) {
  const language = page.language;
  return (
    <>
      {page.workstreams.length > 0 ? (
        <section className={styles.section} aria-labelledby="synthesis-workstreams">
          <Heading level={level + 1} id="synthesis-workstreams">
            {t('doc.workstreams')}
          </Heading>
          <p>{page.voted ? t('doc.workstreamsRanked') : t('doc.workstreamsUnranked')}</p>
          <DataTable
            caption={t('doc.workstreams')}
            columns={[
              { header: t('columns.rank'), numeric: true },
              { header: t('columns.workstream') },
              { header: t('columns.ideas'), numeric: true },
              { header: t('columns.tables') },
              { header: t('columns.plusOnesCount'), numeric: true },
              { header: t('columns.votes'), numeric: true },
            ]}
            rows={page.workstreams.map((w) => [rankLabel(w.vote, t), w.name, w.ideas, w.tables.map((x) => x.name).join(', '), w.plusOnes, w.vote?.dots ?? ''])}
          />
        </section>
      ) : null}

      {page.matrix.length > 0 ? (
        <section className={styles.section} aria-labelledby="synthesis-matrix">
          <Heading level={level + 1} id="synthesis-matrix">
            {t('doc.matrix')}
          </Heading>
          <p>{t('doc.matrixIntro')}</p>
          {page.matrixSvg ? (
            // An image, not markup in the page: an SVG in <img> cannot run anything, whatever it holds.
            <img
              className={styles.matrix}
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(page.matrixSvg)}`}
              alt={t('matrix.description', { count: page.matrix.length })}
            />
          ) : null}
          <p className={styles.muted}>{t('doc.legendNote')}</p>
          <DataTable
            caption={t('matrix.title')}
            columns={[
              { header: t('columns.number'), numeric: true },
              { header: t('columns.item') },
              { header: t('matrix.gain'), nowrap: true },
              { header: t('matrix.effort'), nowrap: true },
              { header: t('columns.category') },
            ]}
            rows={page.matrix.map((m) => [
              m.number,
              <>
                {m.label} <span className={styles.ref}>{m.ref}</span>
              </>,
              rating(m.gain, language),
              rating(m.effort, language),
              `${t(`quadrants.${m.quadrant}`)}${m.overridden ? ` (${t('doc.placedByHand')})` : ''}`,
            ])}
          />
        </section>
      ) : null}

      {page.actions.length > 0 ? (
        <section className={styles.section} aria-labelledby="synthesis-actions">
          <Heading level={level + 1} id="synthesis-actions">
            {t('doc.actions')}
          </Heading>
          <p>{t('doc.actionsIntro')}</p>
          <DataTable
            caption={t('doc.actions')}
            columns={[
              { header: t('columns.code') },
              { header: t('columns.item') },
              { header: t('columns.owner') },
              { header: t('columns.deadline') },
              { header: t('columns.objective') },
              { header: t('columns.status') },
            ]}
            rows={page.actions.map((a) => [
              a.code,
              <>
                {a.item} <span className={styles.ref}>{a.ref}</span>
              </>,
              a.owner,
              [a.deadline === null ? '' : mediumDate(a.deadline, language), a.horizon === null ? '' : t(`horizons.${a.horizon}`)].filter(Boolean).join(', '),
              a.objective,
              t(`statuses.${a.status}`),
            ])}
          />
        </section>
      ) : null}
    </>
  );
}

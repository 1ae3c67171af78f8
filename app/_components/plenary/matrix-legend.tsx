'use client';
import type { RefObject } from 'react';
import { useTranslations } from 'use-intl';
import { QUADRANT_COLOURS } from '@/lib/export/matrix-layout';
import type { LegendEntry } from '@/lib/ui/effort-gain-matrix';
import styles from './effort-gain-matrix.module.css';

type Props = {
  legend: LegendEntry[];
  figure(value: number): string;
  /** The projector's: the caption is the box the list's type is fitted to (useFittedContent). */
  fit?: { box: RefObject<HTMLElement | null>; content: RefObject<HTMLOListElement | null> };
};

/** The matrix's items by number: label, quadrant, medians and the middle half of the ratings (once shown), "moved by hand". */
export function MatrixLegend({ legend, figure, fit }: Props) {
  const t = useTranslations('plenaryB.matrix');
  const range = (r: [number, number]) => (r[0] === r[1] ? figure(r[0]) : `${figure(r[0])}–${figure(r[1])}`);
  return (
    <figcaption ref={fit?.box} className={styles.caption}>
      <h3 className="visually-hidden">{t('legend')}</h3>
      <ol ref={fit?.content} className={styles.legend}>
        {legend.map((entry) => (
          <li key={entry.itemId} className={styles.legendItem}>
            <span
              className={`${styles.number} ${entry.overridden ? styles.hollow : ''}`}
              style={{ ['--dot' as string]: entry.quadrant ? QUADRANT_COLOURS[entry.quadrant].point : '#555555' }}
              aria-hidden="true"
            >
              {entry.number}
            </span>
            <span className={styles.legendText}>
              <span className={styles.legendLabel}>{entry.label}</span>
              <span className={styles.legendFigures}>
                {entry.quadrant ? <strong>{t(`quadrant.${entry.quadrant}`)}</strong> : <span>{t('notRated')}</span>}
                {entry.overridden ? <span className="badge">{t('moved')}</span> : null}
                {entry.divided ? <span className="badge">{t('divided')}</span> : null}
                {entry.gain !== null && entry.effort !== null ? (
                  <span className={styles.medians}>{t('medians', { value: figure(entry.gain), other: figure(entry.effort) })}</span>
                ) : null}
                {entry.gainRange && entry.effortRange ? (
                  <span className={styles.spread}>{t('spread', { value: range(entry.gainRange), other: range(entry.effortRange) })}</span>
                ) : null}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </figcaption>
  );
}

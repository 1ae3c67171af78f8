'use client';
import { useTranslations } from 'use-intl';
import type { RotationView } from '@/lib/realtime/contract';
import { figureRows, type SizeLimits } from '@/lib/ui/rotation-preview';
import styles from './rotation.module.css';

/** The plan's figures in words, the two that have a proven bound shown next to it. */
export function MixingFigures({ rotation, limits }: { rotation: RotationView; limits: SizeLimits }) {
  const t = useTranslations('rotation');
  return (
    <section aria-labelledby="figures-heading" className="stack-sm">
      <h3 id="figures-heading">{t('figuresHeading')}</h3>
      <p className="hint">{t('figuresHint')}</p>
      <ul className={`plain-list ${styles.figures}`} data-testid="mixing-figures">
        {figureRows(rotation, limits).map((row) => (
          <li key={row.key} className={styles.figure} data-verdict={'verdict' in row ? row.verdict : undefined}>
            <span className={styles.figureText}>
              {'min' in row ? t(row.key, { value: row.value, min: row.min, max: row.max }) : t(row.key, { value: row.value })}
            </span>
            {'bound' in row ? (
              <span className={styles.bound}>
                {t('bestPossible', { bound: row.bound })} · {row.verdict === 'at-bound' ? `✓ ${t('atBound')}` : t('aboveBound')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

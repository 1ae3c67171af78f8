'use client';
import { useLocale, useTranslations } from 'use-intl';
import { QUADRANTS } from '@/lib/domain/plenary/plenary-types';
import { QUADRANT_COLOURS } from '@/lib/export/matrix-layout';
import type { MatrixView, PlenaryItem, PlenaryProgress } from '@/lib/realtime/contract';
import {
  MATRIX_SIZE,
  PLOT,
  POINT_RADIUS,
  QUADRANT_RECTS,
  figure,
  matrixPicture,
  quadrantAt,
  splitLines,
  ticks,
  type Corner,
} from '@/lib/ui/effort-gain-matrix';
import { useFittedContent } from '@/app/_components/use-fitted-content';
import { MatrixLegend } from './matrix-legend';
import styles from './effort-gain-matrix.module.css';

/** The projector's legend, richest first: a long shortlist shows less of each item rather than losing items (see the CSS). */
const LEGEND_DENSITIES = ['full', 'medians', 'quadrant', 'names', 'names-one-line'] as const;

type Props = {
  matrix: MatrixView;
  items: readonly PlenaryItem[];
  progress: PlenaryProgress | null;
  /** Unique on the page (the SVG's title and description ids). */
  idPrefix: string;
  /**
   * The projector's: fills its box (the drawing as tall as fits, its type larger), the legend beside
   * it with its type fitted to the space left.
   */
  large?: boolean;
};

/** The drawing's type, in its own units (1200 wide): the projector's is larger, read from the back of the room. */
const TYPE = {
  normal: { tick: 30, tickBelow: 42, axis: 40, corner: 36 },
  large: { tick: 44, tickBelow: 52, axis: 50, corner: 42 },
} as const;

const CORNERS: { corner: Corner; x: number; y: number; anchor: 'start' | 'end' }[] = [
  { corner: 'top-left', x: PLOT.left + 16, y: PLOT.top + 44, anchor: 'start' },
  { corner: 'top-right', x: PLOT.right - 16, y: PLOT.top + 44, anchor: 'end' },
  { corner: 'bottom-left', x: PLOT.left + 16, y: PLOT.bottom - 20, anchor: 'start' },
  { corner: 'bottom-right', x: PLOT.right - 16, y: PLOT.bottom - 20, anchor: 'end' },
];

/**
 * The effort × gain matrix, drawn: gain upwards, effort across (1–5, split at 3), the four quadrants
 * named, each shortlisted item a numbered dot (hollow when the organiser moved it), and the legend.
 * Until the ratings are revealed it says how many have rated, and shows no figure.
 */
export function EffortGainMatrix({ matrix, items, progress, idPrefix, large }: Props) {
  const t = useTranslations('plenaryB.matrix');
  const locale = useLocale();
  const picture = matrixPicture(matrix, items);
  const split = splitLines();
  const { width, height } = MATRIX_SIZE;
  const labelOf = (n: number) => picture.legend[n - 1]?.label ?? '';
  const type = large ? TYPE.large : TYPE.normal;
  const fitted = useFittedContent<HTMLElement, HTMLOListElement>([picture.legend, locale, large], 1.8, 3.2, LEGEND_DENSITIES);

  const figureElement = (
    <figure className={`${styles.figure} ${large ? styles.large : ''}`}>
      <div className={styles.drawingCell}>
        <div className={styles.drawing}>
          <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`} className={styles.svg}>
            <title id={`${idPrefix}-title`}>{t('title')}</title>
            <desc id={`${idPrefix}-desc`}>{t('description', { count: picture.dots.length })}</desc>
            {QUADRANTS.map((q) => (
              <rect key={q} {...QUADRANT_RECTS[q]} fill={QUADRANT_COLOURS[q].fill} />
            ))}
            <g aria-hidden="true" fill="#333" fontSize={type.tick}>
              {ticks().map((tick) => (
                <g key={tick.value}>
                  <path d={`M${tick.x} ${PLOT.top}V${PLOT.bottom}M${PLOT.left} ${tick.y}H${PLOT.right}`} stroke="#c8c8c8" strokeWidth="2" />
                  <text x={tick.x} y={PLOT.bottom + type.tickBelow} textAnchor="middle">
                    {tick.value}
                  </text>
                  <text x={PLOT.left - 20} y={tick.y + type.tick / 3} textAnchor="end">
                    {tick.value}
                  </text>
                </g>
              ))}
              <path d={`M${split.x} ${PLOT.top}V${PLOT.bottom}M${PLOT.left} ${split.y}H${PLOT.right}`} stroke="#333" strokeWidth="4" />
              <rect x={PLOT.left} y={PLOT.top} width={PLOT.right - PLOT.left} height={PLOT.bottom - PLOT.top} fill="none" stroke="#333" strokeWidth="3" />
              <text x={(PLOT.left + PLOT.right) / 2} y={PLOT.bottom + 100} textAnchor="middle" fontSize={type.axis} fontWeight="700">
                {t('effort')} →
              </text>
              <text transform={`translate(50 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)`} textAnchor="middle" fontSize={type.axis} fontWeight="700">
                {t('gain')} →
              </text>
              {CORNERS.map(({ corner, x, y, anchor }) => {
                const q = quadrantAt(corner);
                return (
                  <text key={corner} x={x} y={y} textAnchor={anchor} fontSize={type.corner} fontWeight="700" fill={QUADRANT_COLOURS[q].point}>
                    {t(`quadrants.${q}`)}
                  </text>
                );
              })}
            </g>
            <g>
              {picture.dots.map((dot) => {
                const colour = QUADRANT_COLOURS[dot.quadrant].point;
                return (
                  <g key={dot.itemId} data-testid="matrix-dot" data-quadrant={dot.quadrant} data-overridden={dot.overridden}>
                    <title>
                      {t('point', {
                        n: dot.number,
                        text: labelOf(dot.number),
                        name: t(`quadrant.${dot.quadrant}`) + (dot.overridden ? ` (${t('moved')})` : ''),
                      })}
                    </title>
                    <circle
                      cx={dot.x}
                      cy={dot.y}
                      r={POINT_RADIUS * 1.25}
                      fill={dot.overridden ? '#ffffff' : colour}
                      stroke={dot.overridden ? colour : '#ffffff'}
                      strokeWidth={dot.overridden ? 6 : 3}
                      strokeDasharray={dot.overridden ? '8 5' : undefined}
                    />
                    <text
                      x={dot.x}
                      y={dot.y + 11}
                      textAnchor="middle"
                      fontSize={dot.number > 99 ? 22 : 30}
                      fontWeight="800"
                      fill={dot.overridden ? colour : '#ffffff'}
                      aria-hidden="true"
                    >
                      {dot.number}
                    </text>
                  </g>
                );
              })}
            </g>
          </svg>
          {!matrix.revealed ? (
            <div className={styles.pending} role="status">
              <p className={styles.pendingTitle}>{t('inProgress')}</p>
              {progress ? <p className={styles.pendingCount}>{t('rated', { count: progress.rated, total: progress.of })}</p> : null}
              <p className={styles.pendingHint}>{t('hiddenHint')}</p>
            </div>
          ) : null}
        </div>
      </div>
      {picture.legend.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <MatrixLegend legend={picture.legend} figure={(v) => figure(v, locale)} fit={large ? fitted : undefined} />
      )}
    </figure>
  );
  // The projector's box is a container: the drawing and the legend are sized to it.
  return large ? <div className={styles.fill}>{figureElement}</div> : figureElement;
}

'use client';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { QUADRANTS, RATING_MAX, RATING_MIN } from '@/lib/domain/plenary/plenary-types';
import { newCommandId } from '@/lib/realtime/command-id';
import type { LegendEntry } from '@/lib/ui/effort-gain-matrix';
import type { BoardCommand } from './workstreams-command';
import styles from './plenary-b.module.css';

type Props = { entry: LegendEntry; organiserRates: boolean; command: BoardCommand; figure(value: number): string };

const SCALE = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
const QUADRANT_VALUES = new Set<string>(QUADRANTS);

/** One shortlisted item: its figures (or the organiser's own rating), and the quadrant, which the organiser can change. */
export function AssessmentRow({ entry, organiserRates, command, figure }: Props) {
  const t = useTranslations('plenaryB.assessment');
  const tm = useTranslations('plenaryB.matrix');
  const text = entry.label;

  const override = (value: string) => {
    const quadrant = QUADRANT_VALUES.has(value) ? value : null;
    void command.run('quadrant:override', { commandId: newCommandId(), itemId: entry.itemId, quadrant });
  };
  // The organiser's rating is the matrix's only one: its medians are the organiser's figures. What
  // was picked shows until the matrix says the same (the first scale picked waits for the other).
  const [local, setLocal] = useState<{ gain: number | null; effort: number | null } | null>(null);
  const synced = local === null || (local.gain === entry.gain && local.effort === entry.effort);
  const shown = !synced && local ? local : { gain: entry.gain, effort: entry.effort };
  const rate = async (next: { gain: number | null; effort: number | null }) => {
    const rating = next.gain !== null && next.effort !== null ? { gain: next.gain, effort: next.effort } : null;
    setLocal(next);
    if (rating === null && entry.gain === null) return;
    const ack = await command.run('organiser-rating:set', { commandId: newCommandId(), itemId: entry.itemId, rating });
    if (!ack.ok) setLocal(null);
  };
  const scaleSelect = (label: string, value: number | null, onPick: (v: number | null) => void) => (
    <select
      className="select"
      aria-label={label}
      value={value ?? ''}
      disabled={command.busy}
      onChange={(e) => onPick(e.target.value ? Number(e.target.value) : null)}
    >
      <option value="">{t('noRating')}</option>
      {SCALE.map((v) => (
        <option key={v} value={v}>
          {v}
        </option>
      ))}
    </select>
  );

  return (
    <tr data-testid="assessment-row">
      <td className={styles.num}>{entry.number}</td>
      <th scope="row" className={styles.itemCell}>
        {text}
      </th>
      <td>
        {organiserRates ? (
          <div className={styles.pair}>
            <label className={styles.pairLabel}>
              <span>{tm('gain')}</span>
              {scaleSelect(t('gainOf', { text }), shown.gain, (gain) => void rate({ ...shown, gain }))}
            </label>
            <label className={styles.pairLabel}>
              <span>{tm('effort')}</span>
              {scaleSelect(t('effortOf', { text }), shown.effort, (effort) => void rate({ ...shown, effort }))}
            </label>
          </div>
        ) : entry.gain !== null && entry.effort !== null ? (
          <span>
            {tm('medians', { value: figure(entry.gain), other: figure(entry.effort) })}
            {entry.divided ? <span className="badge">{tm('divided')}</span> : null}
          </span>
        ) : (
          <span className="muted">{tm('notRated')}</span>
        )}
      </td>
      <td>
        <div className={styles.pair}>
          <select
            className="select"
            aria-label={t('quadrantOf', { text })}
            value={entry.overridden && entry.quadrant ? entry.quadrant : ''}
            disabled={command.busy}
            onChange={(e) => override(e.target.value)}
          >
            <option value="">{entry.quadrant && !entry.overridden ? `${t('fromRatings')} (${tm(`quadrant.${entry.quadrant}`)})` : t('fromRatings')}</option>
            {QUADRANTS.map((q) => (
              <option key={q} value={q}>
                {tm(`quadrant.${q}`)}
              </option>
            ))}
          </select>
          {entry.overridden ? (
            <>
              <span className="badge">{t('overridden')}</span>
              <button type="button" className="btn btn-ghost" disabled={command.busy} onClick={() => override('')} aria-label={t('clearOverrideOf', { text })}>
                {t('clearOverride')}
              </button>
            </>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

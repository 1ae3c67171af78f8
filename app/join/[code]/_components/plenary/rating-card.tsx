'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { RATING_MAX, RATING_MIN } from '@/lib/domain/plenary/plenary-types';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './rating.module.css';

type Rating = { gain: number; effort: number };
type Props = { number: number; itemId: string; label: string; mine: Rating | null; send: SessionSocket['send'] };

const SCALE = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);

/** One item: two 1–5 scales as large radio buttons; the rating is sent once both are chosen, and can be taken back. */
export function RatingCard({ number, itemId, label, mine, send }: Props) {
  const t = useTranslations('plenaryB.phone');
  const { run, busy, error } = useCommand(send);
  // The first scale picked waits here for the other one (a rating is both).
  const [draft, setDraft] = useState<{ gain: number | null; effort: number | null } | null>(null);
  const shown = draft ?? { gain: mine?.gain ?? null, effort: mine?.effort ?? null };
  const name = useId();

  const pick = async (next: { gain: number | null; effort: number | null }) => {
    setDraft(next);
    if (next.gain === null || next.effort === null) return;
    const ack = await run('rating:set', { commandId: newCommandId(), itemId, rating: { gain: next.gain, effort: next.effort } });
    if (ack.ok) setDraft(null);
  };
  const takeBack = async () => {
    const ack = await run('rating:set', { commandId: newCommandId(), itemId, rating: null });
    if (ack.ok) setDraft(null);
  };

  const scale = (axis: 'gain' | 'effort') => (
    <fieldset className={styles.scale}>
      <legend>
        {t(axis)} <span className={styles.scaleHint}>— {t(axis === 'gain' ? 'gainHint' : 'effortHint')}</span>
      </legend>
      <div className={styles.options}>
        {SCALE.map((v) => (
          <label key={v} className={styles.option}>
            <input
              type="radio"
              name={`${name}-${axis}`}
              value={v}
              checked={shown[axis] === v}
              disabled={busy}
              onChange={() => void pick({ ...shown, [axis]: v })}
            />
            <span>{v}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );

  const half = draft !== null && (draft.gain === null || draft.effort === null);
  return (
    <li className={styles.item} aria-labelledby={`${name}-label`} data-testid="rating-item">
      <h3 id={`${name}-label`} className={styles.label}>
        <span className={styles.number}>{number}</span> {label}
      </h3>
      {scale('gain')}
      {scale('effort')}
      <div className={styles.footer}>
        <p role="status" className={styles.state}>
          {half ? t('pickBoth') : mine && !draft ? `✓ ${t('saved')}` : ''}
        </p>
        {mine ? (
          <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => void takeBack()}>
            {t('takeBack')}
          </button>
        ) : null}
      </div>
      <AckError code={error} />
    </li>
  );
}

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
  // What this phone picked, shown until the server's copy (`mine`) says the same: the first scale
  // picked waits here for the other one, and a sent rating does not flicker while `mine` catches up.
  const [local, setLocal] = useState<{ gain: number | null; effort: number | null } | null>(null);
  const synced = local === null || (mine ? mine.gain === local.gain && mine.effort === local.effort : local.gain === null && local.effort === null);
  const shown = !synced && local ? local : { gain: mine?.gain ?? null, effort: mine?.effort ?? null };
  const name = useId();

  const pick = async (next: { gain: number | null; effort: number | null }) => {
    setLocal(next);
    if (next.gain === null || next.effort === null) return;
    const ack = await run('rating:set', { commandId: newCommandId(), itemId, rating: { gain: next.gain, effort: next.effort } });
    if (!ack.ok) setLocal(null);
  };
  const takeBack = async () => {
    const ack = await run('rating:set', { commandId: newCommandId(), itemId, rating: null });
    if (ack.ok) setLocal({ gain: null, effort: null });
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

  const half = !synced && (shown.gain === null) !== (shown.effort === null);
  return (
    <li className={styles.item} aria-labelledby={`${name}-label`} data-testid="rating-item">
      <h3 id={`${name}-label`} className={styles.label}>
        <span className={styles.number}>{number}</span> {label}
      </h3>
      {scale('gain')}
      {scale('effort')}
      <div className={styles.footer}>
        <p role="status" className={styles.state}>
          {half ? t('pickBoth') : mine && synced ? `✓ ${t('saved')}` : ''}
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

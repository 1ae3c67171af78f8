'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { RotationView, Snapshot } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { wishWords } from '@/lib/ui/seating-wishes';
import { ConstraintForm } from './constraint-form';
import styles from './rotation.module.css';
import { useWishText } from './use-wish-text';

type Props = { view: Snapshot; rotation: RotationView | null; nextRound: number; send: SessionSocket['send'] };

/** The organiser's seating wishes: what the plan does not honour, the list with Remove, and the add form. */
export function ConstraintsSection({ view, rotation, nextRound, send }: Props) {
  const t = useTranslations('wishes');
  const text = useWishText();
  const { run, busy, error } = useCommand(send);
  const [announce, setAnnounce] = useState('');
  // The form (and its lists of names) is there only while the organiser adds wishes.
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const participants = view.participants ?? [];
  const wishes = (view.constraints ?? []).map((wish) => ({ wish, words: wishWords(wish, participants, view.seating ?? []) }));
  const unmet = rotation ? wishes.filter(({ wish }) => rotation.unmet.includes(wish.id)) : [];

  const remove = async (id: string) => {
    const ack = await run('constraint:remove', { commandId: newCommandId(), constraintId: id });
    if (ack.ok) setAnnounce(t('removed'));
  };

  return (
    <section aria-labelledby="wishes-heading" className="stack-sm" data-testid="seating-wishes">
      <h3 id="wishes-heading">{t('heading')}</h3>
      <p className="hint">{t('hint')}</p>
      {unmet.length > 0 ? (
        <div className="notice notice-warning" role="status">
          <p>
            <strong>{t('unmetHeading')}</strong>
          </p>
          <ul>
            {unmet.map(({ wish, words }) => (
              <li key={wish.id}>{text(words, true)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {wishes.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ul className="plain-list stack-sm">
          {wishes.map(({ wish, words }) => (
            <li key={wish.id} className={styles.wish} data-unmet={rotation?.unmet.includes(wish.id) ?? false}>
              <span className={styles.wishText}>
                {text(words)}
                {words.inactive ? <span className="muted"> — {t('inactive')}</span> : null}
              </span>
              <button type="button" className="btn" disabled={busy} aria-label={t('removeLabel', { text: text(words) })} onClick={() => void remove(wish.id)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className={styles.announce}>
        {announce}
      </p>
      <AckError code={error} />
      {adding ? (
        <ConstraintForm
          view={view}
          nextRound={nextRound}
          send={send}
          onAdded={(added) => setAnnounce(t('added', { text: added }))}
          onDone={() => {
            setAdding(false);
            requestAnimationFrame(() => addButton.current?.focus());
          }}
        />
      ) : (
        <div>
          <button ref={addButton} type="button" className="btn" onClick={() => setAdding(true)}>
            {t('addHeading')}
          </button>
        </div>
      )}
    </section>
  );
}

'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { PlenaryView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { addableItems, movedItem, pickedItems, withItem, withoutItem } from '@/lib/ui/shortlist-pick';
import styles from './plenary-a.module.css';

type Props = { plenary: PlenaryView; send: SessionSocket['send']; size: number };

/** The items to assess on effort × gain: the vote's top ones in one click (once it is closed), or the organiser's pick, edited with buttons (keyboard). */
export function ShortlistPicker({ plenary, send, size }: Props) {
  const t = useTranslations('plenaryA');
  const { run, busy, error } = useCommand(send);
  const selectId = useId();
  const [toAdd, setToAdd] = useState('');
  const { items, shortlist, vote } = plenary;
  const picked = pickedItems(shortlist, items);
  const addable = addableItems(shortlist, items);
  const chosen = addable.some((item) => item.id === toAdd) ? toAdd : (addable[0]?.id ?? '');
  const set = (itemIds: string[]) => void run('shortlist:set', { commandId: newCommandId(), itemIds });
  const shortText = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

  return (
    <section aria-labelledby="shortlist-heading" className="card stack" data-testid="shortlist">
      <div className="stack-sm">
        <h2 id="shortlist-heading">{t('shortlist')}</h2>
        <p className="muted">{t('shortlistHint', { count: size })}</p>
      </div>
      {vote.status === 'closed' ? (
        <div className="cluster">
          <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void run('shortlist:from-vote', { commandId: newCommandId() })}>
            {t('shortlistFromVote')}
          </button>
          {vote.suggestedShortlist ? <span className="muted">{t('suggested', { count: vote.suggestedShortlist.length })}</span> : null}
        </div>
      ) : (
        <p className="muted">{t('shortlistAfterVote')}</p>
      )}
      {picked.length === 0 ? (
        <p>{t('shortlistEmpty')}</p>
      ) : (
        <ol className={styles.pickList} aria-label={t('shortlist')}>
          {picked.map((item, index) => (
            <li key={item.id} className={styles.pickRow}>
              <span className={styles.pickLabel}>
                {index + 1}. {item.label}
              </span>
              <span className={styles.pickButtons}>
                <button
                  type="button"
                  className="btn btn-ghost"
                  disabled={busy || index === 0}
                  aria-label={t('moveUpLabel', { text: shortText(item.label) })}
                  onClick={() => set(movedItem(shortlist, item.id, -1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-ghost"
                  disabled={busy || index === picked.length - 1}
                  aria-label={t('moveDownLabel', { text: shortText(item.label) })}
                  onClick={() => set(movedItem(shortlist, item.id, 1))}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-ghost"
                  disabled={busy}
                  aria-label={t('removeLabel', { text: shortText(item.label) })}
                  onClick={() => set(withoutItem(shortlist, item.id))}
                >
                  {t('remove')}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {addable.length > 0 ? (
        <div className={styles.addRow}>
          <label htmlFor={selectId} className="label">
            {t('addToShortlist')}
          </label>
          <select id={selectId} className="select" value={chosen} onChange={(e) => setToAdd(e.target.value)}>
            {addable.map((item) => (
              <option key={item.id} value={item.id}>
                {shortText(item.label)}
              </option>
            ))}
          </select>
          <button type="button" className="btn" disabled={busy || chosen === ''} onClick={() => set(withItem(shortlist, chosen))}>
            {t('add')}
          </button>
        </div>
      ) : null}
      <AckError code={error} />
    </section>
  );
}

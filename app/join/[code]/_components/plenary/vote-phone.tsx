'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { RankingChart } from '@/app/_components/plenary/ranking-chart';
import { VoteProgress } from '@/app/_components/plenary/vote-progress';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import type { MyPlenary } from '@/lib/realtime/contract';
import { dotBudget, itemStepper, type AddBlock } from '@/lib/ui/dot-vote';
import type { PlenaryPhoneProps } from './plenary-phone-props';
import styles from './vote-phone.module.css';

/** The phone's silent vote: a dot stepper per item (within the cap and the budget), the dots left in large type, how many have voted. */
export function VotePhone({ view, plenary, send }: PlenaryPhoneProps) {
  const t = useTranslations('plenaryA');
  const { run, error, clearError } = useCommand(send);
  // Taps count at once and are sent one after another (`vote:set` sets an item's whole count, so the
  // last one sent wins); the allocation shown is this optimistic one until the server's own arrives.
  const [optimistic, setOptimistic] = useState<{ base: MyPlenary | undefined; dots: Record<string, number>; pending: number } | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const [blocked, setBlocked] = useState<{ itemId: string; reason: Exclude<AddBlock, null> } | null>(null);
  const { vote, items } = plenary;
  const rules = view.session.plenary;
  const mine = optimistic && (optimistic.pending > 0 || optimistic.base === view.myPlenary) ? optimistic.dots : (view.myPlenary?.dots ?? {});
  const itemIds = items.map((item) => item.id);
  const { left } = dotBudget(rules, mine, itemIds);
  const open = vote.status === 'open';

  const setDots = (itemId: string, dots: number) => {
    setBlocked(null);
    const base = view.myPlenary;
    setOptimistic((o) => ({ base, dots: { ...mine, [itemId]: dots }, pending: (o?.pending ?? 0) + 1 }));
    chain.current = chain.current.then(async () => {
      const ack = await run('vote:set', { commandId: newCommandId(), itemId, dots });
      setOptimistic((o) => {
        // Refused: the server's allocation is the truth.
        if (!o || !ack.ok) return null;
        return o.pending > 1 ? { ...o, pending: o.pending - 1 } : { base: o.base, dots: ack.dots, pending: 0 };
      });
    });
  };
  const add = (itemId: string) => {
    const { addBlock, dots } = itemStepper(rules, vote.status, mine, itemIds, itemId);
    clearError();
    if (addBlock) setBlocked({ itemId, reason: addBlock });
    else setDots(itemId, dots + 1);
  };

  return (
    <section className="card stack" aria-labelledby="vote-phone-heading" data-testid="vote-phone">
      {/* The step's instruction above already says it in large type: named for screen readers only. */}
      <h2 id="vote-phone-heading" className="visually-hidden">
        {vote.status === 'closed' ? t('results') : t('silentVote')}
      </h2>
      {vote.status === 'not-started' ? <p className="notice">{t('voteNotOpenYet')}</p> : null}
      {vote.status === 'closed' ? <p className="notice">{t('voteClosedPhone')}</p> : null}
      {open ? (
        <div className={styles.left} aria-live="polite" data-testid="dots-left">
          <span className={styles.leftCount}>{left}</span>
          <span className={styles.leftLabel}>{t('dotsLeft', { count: left, total: rules.dotsPerPerson })}</span>
        </div>
      ) : null}
      {open ? <p className="muted">{t('voteHowTo', { max: rules.maxDotsPerItem })}</p> : null}
      <VoteProgress progress={view.plenaryProgress} className="muted" />
      {vote.status === 'closed' && vote.ranking ? (
        <RankingChart ranking={vote.ranking} items={items} className={styles.chart} />
      ) : (
        <ul className={styles.items}>
          {items.map((item) => {
            const stepper = itemStepper(rules, vote.status, mine, itemIds, item.id);
            const short = item.label.length > 60 ? `${item.label.slice(0, 60)}…` : item.label;
            return (
              <li key={item.id} className={styles.item} data-testid="vote-item">
                <p className={styles.label}>
                  {item.label}
                  {item.table !== null ? <span className="muted"> · {t('tableN', { n: item.table })}</span> : null}
                </p>
                <div className={styles.stepper}>
                  <button
                    type="button"
                    className={`btn ${styles.step}`}
                    disabled={!stepper.canRemove}
                    aria-label={t('removeDotLabel', { text: short })}
                    onClick={() => setDots(item.id, stepper.dots - 1)}
                  >
                    −
                  </button>
                  <span className={styles.dots} aria-live="polite">
                    <span aria-hidden="true">{'●'.repeat(stepper.dots) + '○'.repeat(Math.max(0, rules.maxDotsPerItem - stepper.dots))}</span>
                    <span className="visually-hidden">{t('dotsOn', { count: stepper.dots })}</span>
                  </span>
                  <button
                    type="button"
                    className={`btn ${styles.step}`}
                    disabled={!open}
                    aria-label={t('addDotLabel', { text: short })}
                    aria-describedby={blocked?.itemId === item.id ? `blocked-${item.id}` : undefined}
                    onClick={() => add(item.id)}
                  >
                    +
                  </button>
                </div>
                {blocked?.itemId === item.id ? (
                  <p id={`blocked-${item.id}`} role="alert" className="notice notice-warning">
                    {t(`blocked.${blocked.reason}`, { max: rules.maxDotsPerItem, count: rules.dotsPerPerson })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <AckError code={error} />
    </section>
  );
}

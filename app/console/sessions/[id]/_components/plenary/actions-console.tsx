'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { EffortGainMatrix } from '@/app/_components/plenary/effort-gain-matrix';
import { useCommand } from '@/app/_components/use-command';
import { newCommandId } from '@/lib/realtime/command-id';
import { planRows } from '@/lib/ui/action-plan';
import { ActionRow } from './actions-row';
import type { PlenaryConsoleProps } from './plenary-console-props';
import styles from './actions.module.css';

/**
 * The action plan, edited as a table with the keyboard: one row per planned or shortlisted item —
 * owner, a date or a horizon, a measurable objective, a status — each field saved when it is left,
 * the roadmap reordered with "up" and "down"; any other item can be added.
 */
export function ActionsConsole({ view, socket }: PlenaryConsoleProps) {
  const t = useTranslations('plenaryB.actions');
  const adding = useCommand(socket.send);
  const [other, setOther] = useState('');
  const otherId = useId();
  const plenary = view.plenary;
  if (!plenary) return null;
  const actions = plenary.actions ?? [];
  const { rows, others } = planRows(plenary.items, plenary.shortlist, actions);
  const otherNow = others.some((item) => item.id === other) ? other : (others[0]?.id ?? '');

  const add = async (itemId: string) => {
    if (itemId) await adding.run('action:upsert', { commandId: newCommandId(), itemId });
  };

  return (
    <section aria-labelledby="actions-heading" className="card stack">
      <h2 id="actions-heading">{t('heading')}</h2>
      <p className="muted">{t('intro')}</p>
      {plenary.matrix.items.length > 0 ? (
        <details className={styles.matrix}>
          <summary>{t('matrix')}</summary>
          <EffortGainMatrix matrix={plenary.matrix} items={plenary.items} progress={view.plenaryProgress ?? null} idPrefix="actions-matrix" />
        </details>
      ) : null}
      {rows.length === 0 ? <p className="notice">{t('empty')}</p> : null}
      <ol className={styles.rows}>
        {rows.map((row, i) => (
          <ActionRow key={row.item.id} row={row} actions={actions} first={i === 0} last={i === actions.length - 1} send={socket.send} />
        ))}
      </ol>
      {others.length > 0 ? (
        <form
          className={styles.addOther}
          onSubmit={(e) => {
            e.preventDefault();
            void add(otherNow);
          }}
        >
          <div className="field">
            <label htmlFor={otherId}>{t('addOther')}</label>
            <select id={otherId} className="select" value={otherNow} onChange={(e) => setOther(e.target.value)}>
              {others.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn" disabled={adding.busy}>
            {t('addOtherButton')}
          </button>
        </form>
      ) : null}
      <AckError code={adding.error} />
    </section>
  );
}

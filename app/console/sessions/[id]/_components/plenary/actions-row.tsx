'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import { useCommand } from '@/app/_components/use-command';
import { ACTION_STATUSES, HORIZONS, type ActionStatus, type Horizon } from '@/lib/domain/plenary/plenary-types';
import { ACTION_OBJECTIVE_MAX, ACTION_OWNER_MAX } from '@/lib/domain/plenary/actions';
import { newCommandId } from '@/lib/realtime/command-id';
import type { ActionView } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import { movedCodes, whenFields, whenOf, type PlanRow, type When } from '@/lib/ui/action-plan';
import styles from './actions.module.css';

type Props = { row: PlanRow; actions: ActionView[]; first: boolean; last: boolean; send: SessionSocket['send'] };
type Edit = Partial<Pick<ActionView, 'owner' | 'objective' | 'status' | 'deadline' | 'horizon'>>;

const isHorizon = (value: string): value is Horizon => (HORIZONS as readonly string[]).includes(value);
const isStatus = (value: string): value is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(value);

/** One row of the plan: the item, and once added its code and fields, each saved on leaving it (the ack says "Saved" or why not). */
export function ActionRow({ row, actions, first, last, send }: Props) {
  const t = useTranslations('plenaryB.actions');
  const command = useCommand(send);
  const [saved, setSaved] = useState(false);
  const [removing, setRemoving] = useState(false);
  const { item, action } = row;
  const [whenKind, setWhenKind] = useState<When['kind'] | null>(null);
  const ids = { owner: useId(), when: useId(), date: useId(), objective: useId(), status: useId() };
  const text = item.label;

  const save = async (edit: Edit) => {
    setSaved(false);
    const ack = await command.run('action:upsert', { commandId: newCommandId(), itemId: item.id, ...edit });
    if (ack.ok) setSaved(true);
    return ack.ok;
  };

  if (!action) {
    return (
      <li className={`${styles.row} ${styles.waiting}`} data-testid="action-row">
        <span className={styles.code}>—</span>
        <span className={styles.item}>{text}</span>
        <span className="muted">{t('notPlanned')}</span>
        <button type="button" className="btn btn-primary" disabled={command.busy} onClick={() => void save({})} aria-label={t('addLabel', { text })}>
          {t('add')}
        </button>
        <AckError code={command.error} />
      </li>
    );
  }

  const when = whenOf(action);
  const kind = whenKind ?? when.kind;
  const title = `${action.code} (${text})`;
  const pickWhen = (value: string) => {
    if (value === 'date') return setWhenKind('date');
    setWhenKind(null);
    const next: When = isHorizon(value) ? { kind: 'horizon', horizon: value } : { kind: 'none' };
    void save(whenFields(next));
  };
  const reorder = (by: -1 | 1) => void command.run('action:reorder', { commandId: newCommandId(), codes: movedCodes(actions, action.code, by) });

  return (
    <li className={styles.row} data-testid="action-row">
      <span className={styles.code} aria-label={t('code')}>
        {action.code}
      </span>
      <span className={styles.item}>{text}</span>
      <div className={styles.field}>
        <label htmlFor={ids.owner}>{t('owner')}</label>
        <input
          key={`owner-${action.owner}`}
          id={ids.owner}
          className="input"
          defaultValue={action.owner}
          maxLength={ACTION_OWNER_MAX}
          aria-label={t('ownerOf', { text })}
          onBlur={(e) => {
            if (e.target.value.trim() !== action.owner) void save({ owner: e.target.value });
          }}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.when}>{t('when')}</label>
        <select
          id={ids.when}
          className="select"
          value={kind === 'horizon' && when.kind === 'horizon' ? when.horizon : kind}
          aria-label={t('whenOf', { text })}
          onChange={(e) => pickWhen(e.target.value)}
        >
          <option value="none">{t('whenNone')}</option>
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {t(`horizons.${h}`)}
            </option>
          ))}
          <option value="date">{t('whenDate')}</option>
        </select>
        {kind === 'date' ? (
          <input
            key={`date-${action.deadline ?? ''}`}
            id={ids.date}
            type="date"
            className="input"
            defaultValue={action.deadline ?? ''}
            aria-label={t('dateOf', { text })}
            // A date input reports a change only once the date is whole: saved then.
            onChange={(e) => {
              const deadline = e.target.value;
              if (deadline && deadline !== action.deadline) void save(whenFields({ kind: 'date', deadline })).then((ok) => ok && setWhenKind(null));
            }}
          />
        ) : null}
      </div>
      <div className={`${styles.field} ${styles.objective}`}>
        <label htmlFor={ids.objective}>{t('objective')}</label>
        <textarea
          key={`objective-${action.objective}`}
          id={ids.objective}
          className="textarea"
          rows={2}
          defaultValue={action.objective}
          maxLength={ACTION_OBJECTIVE_MAX}
          aria-label={t('objectiveOf', { text })}
          onBlur={(e) => {
            if (e.target.value.trim() !== action.objective) void save({ objective: e.target.value });
          }}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.status}>{t('status')}</label>
        <select
          id={ids.status}
          className="select"
          value={action.status}
          aria-label={t('statusOf', { text })}
          onChange={(e) => {
            if (isStatus(e.target.value)) void save({ status: e.target.value });
          }}
        >
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.tools}>
        <button type="button" className="btn btn-ghost" disabled={command.busy || first} onClick={() => reorder(-1)} aria-label={t('up', { title })}>
          ↑
        </button>
        <button type="button" className="btn btn-ghost" disabled={command.busy || last} onClick={() => reorder(1)} aria-label={t('down', { title })}>
          ↓
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setRemoving(true)} aria-label={t('removeLabel', { title })}>
          {t('remove')}
        </button>
      </div>
      <p role="status" className={styles.saved}>
        {saved && !command.error ? t('saved') : ''}
      </p>
      <div className={styles.error}>
        <AckError code={command.error} />
      </div>
      <ConfirmDialog
        open={removing}
        danger
        title={t('removeTitle', { title })}
        confirmLabel={t('remove')}
        onCancel={() => setRemoving(false)}
        onConfirm={() => {
          setRemoving(false);
          void command.run('action:delete', { commandId: newCommandId(), itemId: item.id });
        }}
      >
        <p>{t('removeBody')}</p>
      </ConfirmDialog>
    </li>
  );
}

'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import type { ParticipantView, TableSummary } from '@/lib/realtime/contract';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import boardStyles from '../board.module.css';
import styles from './admission.module.css';
import { SeatSelect } from '../seat-select';

type Props = {
  participant: ParticipantView;
  seating: TableSummary[];
  send: SessionSocket['send'];
  selected: boolean;
  onSelect(selected: boolean): void;
  onRemove(): void;
  /** The café is closed: nobody is seated or removed any more. */
  closed: boolean;
};

/** One person who joined: selectable, their table, and "Remove". */
export function ParticipantRow({ participant: p, seating, send, selected, onSelect, onRemove, closed }: Props) {
  const t = useTranslations('admission');
  const id = useId();
  return (
    <li className={boardStyles.lobbyRow}>
      <span className="cluster">
        <input id={id} type="checkbox" className={styles.pick} checked={selected} onChange={(e) => onSelect(e.target.checked)} />
        <label htmlFor={id}>
          <span className="visually-hidden">{t('select', { name: p.displayName })} </span>
          <strong aria-hidden="true">{p.displayName}</strong>
          {p.groupLabel ? <span className="muted"> — {p.groupLabel}</span> : null}
        </label>
      </span>
      <span className="cluster">
        <SeatSelect participant={p} seating={seating} send={send} disabled={closed} />
        <button type="button" className="btn btn-ghost" disabled={closed} onClick={onRemove} aria-label={t('removeName', { name: p.displayName })}>
          {t('remove')}
        </button>
      </span>
    </li>
  );
}

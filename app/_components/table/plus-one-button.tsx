'use client';
import { useTranslations } from 'use-intl';
import { newCommandId } from '@/lib/realtime/command-id';
import type { SessionSocket } from '@/lib/realtime/use-session-socket';
import styles from './table.module.css';
import { useCommand } from '@/app/_components/use-command';

type Props = { targetId: string; text: string; plusOnes: number; mine: boolean; send: SessionSocket['send'] };

/** A +1 toggle on a shared note or an idea; the count comes back with the table's next view. */
export function PlusOneButton({ targetId, text, plusOnes, mine, send }: Props) {
  const t = useTranslations('table');
  const { run, busy } = useCommand(send);
  return (
    <button
      type="button"
      className={`btn ${styles.plusOne}`}
      aria-pressed={mine}
      aria-label={`${t('plusOneLabel', { text: text.length > 60 ? `${text.slice(0, 60)}…` : text })} (${t('plusOnes', { count: plusOnes })})`}
      disabled={busy}
      onClick={() => void run('reaction:set', { commandId: newCommandId(), targetId, on: !mine })}
    >
      {t('plusOne')} <span aria-hidden="true">· {plusOnes}</span>
    </button>
  );
}

/** The +1 count where the viewer may not react (the organiser). */
export function PlusOneCount({ count }: { count: number }) {
  const t = useTranslations('table');
  return (
    <span className={`badge ${styles.plusOne}`}>
      <span aria-hidden="true">+1 · {count}</span>
      <span className="visually-hidden">{t('plusOnes', { count })}</span>
    </span>
  );
}

/** Who may react: what this participant gave a +1 to, and their socket; without it, the counts only. */
export type ReactAs = { mine: readonly string[]; send: SessionSocket['send'] };

/** A shared note's or an idea's +1s: a toggle for a participant, the count for anyone else. */
export function PlusOnes({ item, react }: { item: { id: string; text: string; plusOnes: number }; react: ReactAs | undefined }) {
  return react ? (
    <PlusOneButton targetId={item.id} text={item.text} plusOnes={item.plusOnes} mine={react.mine.includes(item.id)} send={react.send} />
  ) : (
    <PlusOneCount count={item.plusOnes} />
  );
}

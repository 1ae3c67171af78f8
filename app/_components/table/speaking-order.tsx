'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import type { Turn } from '@/lib/domain/speaking-order';
import type { TableView } from '@/lib/realtime/contract';
import { currentSpeaker } from '@/lib/domain/speaking-order';
import { nameIn, speakerTimer } from '@/lib/ui/table-status';
import styles from './table.module.css';

type Props = {
  table: TableView;
  serverNow(): number;
  meId?: string;
  headingLevel?: 'h2' | 'h3';
  /** The speaker's own phone shows the countdown bigger elsewhere. */ hideTimer?: boolean;
};

/** The tour de table: who speaks now (with their own countdown), then everyone in order. */
export function SpeakingOrder({ table, serverNow, meId, headingLevel: Heading = 'h2', hideTimer = false }: Props) {
  const t = useTranslations('table');
  const headingId = useId();
  const speaking = table.speaking;
  const speakerId = currentSpeaker(speaking);
  const timer = speakerTimer(speaking);
  const name = (id: string) => nameIn(table.roster, id) ?? t('someone');
  const allDone = speaking !== null && speaking.turns.length > 0 && speaking.turns.every((turn) => turn.status === 'done');
  const statusText = (turn: Turn) =>
    turn.status === 'speaking' ? t('turnSpeaking') : turn.status === 'done' ? t('turnDone') : turn.skipped ? t('turnSkipped') : null;

  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('order')}</Heading>
      <p className="muted" aria-live="polite">
        {speakerId ? t('speakerNow', { name: name(speakerId) }) : allDone ? t('orderDone') : t('nobodySpeaking')}
      </p>
      {speakerId && timer && !hideTimer ? <Countdown timer={timer} serverNow={serverNow} className={styles.speakerTimer} /> : null}
      {speaking && speaking.turns.length > 0 ? (
        <ol className={styles.order}>
          {speaking.turns.map((turn) => {
            const status = statusText(turn);
            return (
              <li
                key={turn.participantId}
                className={styles.orderItem}
                data-status={turn.status}
                aria-current={turn.status === 'speaking' ? 'step' : undefined}
              >
                {name(turn.participantId)}
                {turn.participantId === meId ? ` ${t('me')}` : ''}
                {status ? <span className="muted"> — {status}</span> : null}
              </li>
            );
          })}
        </ol>
      ) : null}
    </section>
  );
}

'use client';
import { useEffect, useRef } from 'react';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import type { Snapshot } from '@/lib/realtime/contract';
import { notesFollowingMover } from '@/lib/domain/seating-rules';
import type { MoveQuestion as Question } from './use-table-seat';
import styles from './phone.module.css';

type Props = { question: Question; view: Snapshot; onAnswer(move: boolean): void };

/** "You are at table 1. Move to table 2?": another table's link moves nobody without asking. */
export function MoveQuestion({ question, view, onAnswer }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const from = title(question.from);
  const to = question.toTable ? title(question.toTable) : t('arrival.tableNumber', { number: question.to });
  const { stage } = view.live;
  // What happens to what they wrote: during the reflection it goes with them, once shared it stays.
  const notes = notesFollowingMover(stage) !== null ? t('move.notesGo') : stage.kind === 'phase' ? t('move.notesStay', { from }) : null;
  return (
    <section className={`card stack-sm ${styles.moveQuestion}`} aria-labelledby="move-heading">
      <h2 id="move-heading" ref={headingRef} tabIndex={-1}>
        {question.asHost ? t('move.questionHost', { from, to }) : t('move.question', { from, to })}
      </h2>
      {notes ? <p>{notes}</p> : null}
      <div className="cluster">
        <button type="button" className="btn btn-primary btn-large" onClick={() => onAnswer(true)}>
          {t('move.move', { to })}
        </button>
        <button type="button" className="btn btn-large" onClick={() => onAnswer(false)}>
          {t('move.stay', { from })}
        </button>
      </div>
    </section>
  );
}

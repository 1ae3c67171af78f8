'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import type { RestitutionView } from '@/lib/realtime/contract';
import styles from './plenary.module.css';

type Props = {
  restitution: RestitutionView;
  /** The session's rounds: each group of ideas is headed by its round's question. */
  questions: readonly { question: string }[];
  /** Controls after an idea's text (+1, "show this idea"). */
  action?(idea: { id: string; text: string }): ReactNode;
  className?: string;
  /** Two columns of ideas (a wide projector with many of them). */
  columns?: boolean;
};

/** The presenting table's ideas of every round, grouped by question; the idea being presented is marked in words, not only by colour. */
export function RestitutionIdeas({ restitution, questions, action, className = '', columns = false }: Props) {
  const t = useTranslations('plenaryA');
  const rounds = restitution.rounds.filter((r) => r.ideas.length > 0);
  if (rounds.length === 0) return <p className={`muted ${className}`}>{t('noIdeas')}</p>;
  return (
    <div className={`${styles.restitution} ${className}`}>
      {rounds.map(({ round, ideas }) => (
        <section key={round} className={styles.roundGroup}>
          <h3 className={styles.roundQuestion}>
            <span className={styles.roundTag}>{t('roundN', { n: round + 1 })}</span> {questions[round]?.question}
          </h3>
          <ol className={`${styles.ideaList} ${columns ? styles.twoColumns : ''}`}>
            {ideas.map((idea) => {
              const shown = idea.id === restitution.highlightedIdeaId;
              return (
                <li key={idea.id} className={styles.idea} data-highlighted={shown} aria-current={shown ? 'true' : undefined}>
                  {shown ? <span className={styles.presenting}>{t('presenting')}</span> : null}
                  <span className={styles.ideaText}>{idea.text}</span>
                  {action ? <span className={styles.ideaAction}>{action(idea)}</span> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

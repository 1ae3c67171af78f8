'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import type { IdeaView } from '@/lib/realtime/contract';
import { IdeaLineage } from './idea-lineage';
import { PlusOnes, type ReactAs } from './plus-one-button';
import styles from './table.module.css';

type Props = {
  ideas: readonly IdeaView[];
  heading: string;
  react?: ReactAs;
  headingLevel?: 'h2' | 'h3';
};

/** The table's consolidated ideas, live, in the host's order. */
export function IdeaList({ ideas, heading, react, headingLevel: Heading = 'h2' }: Props) {
  const t = useTranslations('table');
  const headingId = useId();
  const sorted = [...ideas].sort((a, b) => a.position - b.position);
  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <Heading id={headingId}>{heading}</Heading>
      {sorted.length === 0 ? (
        <p className="muted">{t('noIdeas')}</p>
      ) : (
        <ol className={styles.list}>
          {sorted.map((idea) => (
            <li key={idea.id} className={styles.item}>
              <div className={styles.itemRow}>
                <p className={styles.text}>{idea.text}</p>
                <PlusOnes item={idea} react={react} />
              </div>
              <IdeaLineage idea={idea} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { boardColumns, ideasShownOnProjector } from '@/lib/ui/workstream-board';
import type { PlenaryProjectorProps } from './plenary-projector-props';
import styles from './plenary-b.module.css';

/** The workstreams forming: each one's name, its count and its first ideas ("+N more"), and how many ideas wait. */
export function WorkstreamsProjector({ plenary }: PlenaryProjectorProps) {
  const t = useTranslations('plenaryB.projector');
  const board = plenary.board;
  if (!board) return null;
  const [unplaced, ...workstreams] = boardColumns(board);
  const shown = ideasShownOnProjector(workstreams.length);
  return (
    <div className={styles.screen}>
      <div className={styles.titleLine}>
        <h2 className={styles.title}>{t('workstreams')}</h2>
        {unplaced && unplaced.ideaCount > 0 ? (
          <p className={styles.aside} aria-live="polite">
            {t('notGrouped')} · {t('ideaCount', { count: unplaced.ideaCount })}
          </p>
        ) : null}
      </div>
      {workstreams.length === 0 ? (
        <p className={styles.waiting}>{t('forming')}</p>
      ) : (
        <ul className={styles.workstreams}>
          {workstreams.map((column) => {
            const ideas = column.entries.slice(0, shown);
            const more = column.entries.length - ideas.length;
            return (
              <li key={column.workstream?.id} className={styles.workstream} data-testid="projector-workstream">
                <div className={styles.workstreamHead}>
                  <h3 className={styles.workstreamName}>{column.workstream?.name}</h3>
                  <span className={styles.count}>{column.ideaCount}</span>
                </div>
                {ideas.length > 0 ? (
                  <ul className={styles.ideas}>
                    {ideas.map((entry) => (
                      <li key={entry.id}>{entry.text}</li>
                    ))}
                  </ul>
                ) : null}
                {more > 0 ? <p className={styles.more}>{t('more', { count: more })}</p> : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

'use client';
import { useLocale, useTranslations } from 'use-intl';
import { roadmapGroups, type RoadmapGroup } from '@/lib/ui/action-plan';
import { AssessmentProjector } from './assessment-projector';
import type { PlenaryProjectorProps } from './plenary-projector-props';
import styles from './plenary-b.module.css';

function dateText(deadline: string, locale: string): string {
  const [year, month, day] = deadline.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year!, month! - 1, day!));
}

/**
 * The roadmap: short, medium and long term, then the dated actions by date; each with its code, item,
 * owner, date and status. Until the first action is written, the effort × gain matrix — now revealed —
 * stays up for the room to decide from.
 */
export function ActionsProjector(props: PlenaryProjectorProps) {
  if ((props.plenary.actions ?? []).length === 0 && props.plenary.matrix.items.length > 0) return <AssessmentProjector {...props} />;
  return <Roadmap {...props} />;
}

function Roadmap({ plenary }: PlenaryProjectorProps) {
  const t = useTranslations('plenaryB.projector');
  const ta = useTranslations('plenaryB.actions');
  const locale = useLocale();
  const labels = new Map(plenary.items.map((item) => [item.id, item.label]));
  const groups = roadmapGroups(plenary.actions ?? []);
  const groupTitle = (group: RoadmapGroup) => t(`groups.${group.kind === 'horizon' ? group.horizon : group.kind}`);
  return (
    <div className={styles.screen}>
      <h2 className={styles.title}>{t('roadmap')}</h2>
      {groups.length === 0 ? (
        <p className={styles.waiting}>{t('roadmapEmpty')}</p>
      ) : (
        <div className={styles.roadmap}>
          {groups.map((group) => (
            <section key={group.kind === 'horizon' ? group.horizon : group.kind} className={styles.horizon} aria-label={groupTitle(group)}>
              <h3 className={styles.horizonName}>{groupTitle(group)}</h3>
              <ol className={styles.actions}>
                {group.actions.map((action) => (
                  <li key={action.code} className={styles.action} data-testid="roadmap-action">
                    <span className={styles.code}>{action.code}</span>
                    <span className={styles.actionBody}>
                      <span className={styles.actionLabel}>{labels.get(action.itemId) ?? '?'}</span>
                      <span className={styles.actionMeta}>
                        <span>{action.owner ? t('owner', { name: action.owner }) : t('noOwner')}</span>
                        {action.deadline ? <span>{t('due', { text: dateText(action.deadline, locale) })}</span> : null}
                        <span className={styles.status}>{ta(`statuses.${action.status}`)}</span>
                      </span>
                      {action.objective ? <span className={styles.objective}>{action.objective}</span> : null}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

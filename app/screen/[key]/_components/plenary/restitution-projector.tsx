'use client';
import { useTranslations } from 'use-intl';
import { Countdown } from '@/app/_components/countdown';
import { RestitutionIdeas } from '@/app/_components/plenary/restitution-ideas';
import { TableSwatch } from '@/app/_components/table-swatch';
import { useTableTitle } from '@/app/_components/use-table-title';
import { presentedIdeas } from '@/lib/ui/restitution-pager';
import type { PlenaryProjectorProps } from './plenary-projector-props';
import styles from './plenary-projector.module.css';
import { useFittedContent } from '@/app/_components/use-fitted-content';

/** Past this many ideas they are shown in two columns: a wide screen holds more that way before the type must shrink. */
const MANY_IDEAS = 6;

/** One table at a time: its number, name and colour, its host, its ideas of every round by question (the one presented marked), its slot's timer. */
export function RestitutionProjector({ view, plenary, serverNow }: PlenaryProjectorProps) {
  const t = useTranslations('plenaryA');
  const tableTitle = useTableTitle();
  const restitution = plenary.restitution;
  const { stage, timer } = view.live;
  const fitted = useFittedContent([restitution], 1.6, 4.4);
  if (!restitution) return <h2 className={styles.heading}>{t('restitution')}</h2>;
  const position = stage.kind === 'plenary' && stage.step === 'restitution' ? stage.table + 1 : restitution.table.number;
  return (
    <div className={styles.layout} data-testid="restitution-projector">
      <div className={styles.head}>
        <div className={styles.headText}>
          <p className={styles.kicker}>{t('tableOf', { n: position, total: view.session.tableCount })}</p>
          <h2 className={styles.tableTitle}>
            <TableSwatch colour={restitution.table.colour} /> {tableTitle(restitution.table)}
          </h2>
          {restitution.table.hostName ? <p className={styles.sub}>{t('presentedBy', { name: restitution.table.hostName })}</p> : null}
        </div>
        {timer ? <Countdown timer={timer} serverNow={serverNow} className={styles.timer} /> : null}
      </div>
      <div ref={fitted.box} className={styles.fitBox}>
        <div ref={fitted.content}>
          <RestitutionIdeas restitution={restitution} questions={view.session.rounds} columns={presentedIdeas(restitution).length > MANY_IDEAS} />
        </div>
      </div>
    </div>
  );
}

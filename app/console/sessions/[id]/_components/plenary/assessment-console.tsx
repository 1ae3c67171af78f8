'use client';
import { useLocale, useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { EffortGainMatrix } from '@/app/_components/plenary/effort-gain-matrix';
import { useCommand } from '@/app/_components/use-command';
import { figure, matrixPicture } from '@/lib/ui/effort-gain-matrix';
import { AssessmentRow } from './assessment-row';
import type { PlenaryConsoleProps } from './plenary-console-props';
import styles from './plenary-b.module.css';

/**
 * Effort × gain on the console: the matrix, and per shortlisted item its medians and spread (once
 * shown), a "Quadrant" select to move it by hand (and back), and — when the organiser rates — the
 * organiser's own gain and effort.
 */
export function AssessmentConsole({ view, socket }: PlenaryConsoleProps) {
  const t = useTranslations('plenaryB.assessment');
  const tm = useTranslations('plenaryB.matrix');
  const locale = useLocale();
  const command = useCommand(socket.send);
  const plenary = view.plenary;
  if (!plenary) return null;
  const organiserRates = view.session.plenary.ratedBy === 'organiser';
  const { legend } = matrixPicture(plenary.matrix, plenary.items);

  return (
    <section aria-labelledby="assessment-heading" className="card stack">
      <h2 id="assessment-heading">{t('heading')}</h2>
      <p className="muted">{organiserRates ? t('introOrganiser') : t('introEveryone')}</p>
      <EffortGainMatrix matrix={plenary.matrix} items={plenary.items} progress={view.plenaryProgress ?? null} idPrefix="console-matrix" />
      {legend.length === 0 ? (
        <p className="notice">{t('noShortlist')}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className={styles.caption}>{t('listHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{tm('legend')}</th>
                <th scope="col">{organiserRates ? t('yourRating') : `${tm('gain')} · ${tm('effort')}`}</th>
                <th scope="col">{tm('title')}</th>
              </tr>
            </thead>
            <tbody>
              {legend.map((entry) => (
                <AssessmentRow key={entry.itemId} entry={entry} organiserRates={organiserRates} command={command} figure={(v) => figure(v, locale)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AckError code={command.error} />
    </section>
  );
}

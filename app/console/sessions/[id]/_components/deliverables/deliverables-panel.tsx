'use client';
import { useTranslations } from 'use-intl';
import { browserTimeZone } from '@/app/_components/synthesis/use-synthesis';
import type { Snapshot } from '@/lib/realtime/contract';
import { organiserFileHref, synthesisLinks, withTimeZone } from '@/lib/ui/synthesis-links';
import styles from './deliverables.module.css';

type FileKey = 'docx' | 'md' | 'xlsx' | 'csv' | 'svg' | 'png' | 'json' | 'template';

/**
 * The console's "Deliverables": one click per file, from the start (a draft of the work so far) to
 * the close. Plain links: the sign-in cookie goes with them and the browser saves what comes back.
 */
export function DeliverablesPanel({ view }: { view: Snapshot }) {
  const t = useTranslations('deliverables');
  const stage = view.live.stage.kind;
  const zone = browserTimeZone();
  const links = view.synthesisUrl ? synthesisLinks(view.synthesisUrl) : null;
  const file = (key: FileKey) => (
    <a key={key} className="btn" href={withTimeZone(organiserFileHref(view.session.id, key), zone)} download data-file={key}>
      {t(key)}
    </a>
  );
  const page = (href: string, label: string) => (
    <a className="btn" href={href} target="_blank" rel="noopener noreferrer">
      {label} <span className="visually-hidden">{t('newTab')}</span>
      <span aria-hidden="true">↗</span>
    </a>
  );
  return (
    <section aria-labelledby="deliverables-heading" className={`card stack ${styles.panel}`} data-testid="deliverables">
      <div className="cluster">
        <h2 id="deliverables-heading" className={styles.heading}>
          {t('heading')}
        </h2>
      </div>
      <p className={stage === 'closed' ? 'notice' : 'muted'}>{t(stage === 'lobby' ? 'lobbyNote' : stage === 'closed' ? 'finalNote' : 'draftNote')}</p>
      {stage !== 'lobby' ? (
        <div className={styles.groups}>
          <div role="group" aria-labelledby="deliverables-synthesis" className="stack-sm">
            <h3 id="deliverables-synthesis" className={styles.groupHeading}>
              {t('forParticipants')}
            </h3>
            <div className={styles.files}>
              {file('docx')}
              {file('md')}
              {links ? page(links.print, t('print')) : null}
              {links ? page(links.page, t('participantsPage')) : null}
            </div>
          </div>
          <div role="group" aria-labelledby="deliverables-backlog" className="stack-sm">
            <h3 id="deliverables-backlog" className={styles.groupHeading}>
              {t('forTeams')}
            </h3>
            <div className={styles.files}>
              {file('xlsx')}
              {file('csv')}
              {file('svg')}
              {file('png')}
            </div>
          </div>
        </div>
      ) : null}
      <div role="group" aria-labelledby="deliverables-keep" className="stack-sm">
        <h3 id="deliverables-keep" className={styles.groupHeading}>
          {t('keep')}
        </h3>
        <div className={styles.files}>
          {stage !== 'lobby' ? file('json') : null}
          {file('template')}
        </div>
        <p className="muted">{t('keepHint')}</p>
      </div>
    </section>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { JoinQr } from '@/app/_components/join-qr';
import type { Snapshot } from '@/lib/realtime/contract';
import styles from './live-console.module.css';

/** How people join: the QR, the code in large letters, the URL; and the projector's link. */
export function JoinPanel({ view }: { view: Snapshot }) {
  const t = useTranslations('live');
  return (
    <section aria-labelledby="join-heading" className={`card stack-sm ${styles.joinPanel}`}>
      <h2 id="join-heading">{t('joinHeading')}</h2>
      <JoinQr url={view.joinUrl} className={styles.qr} />
      <p>
        <span className="muted">{t('joinCode')}</span>
        <br />
        <span className={`join-code ${styles.code}`}>{view.session.code}</span>
      </p>
      <p>
        <a href={view.joinUrl}>{view.joinUrl}</a>
      </p>
      {view.screenUrl ? (
        <p>
          <a className="btn" href={view.screenUrl} target="_blank" rel="noopener noreferrer">
            {t('openProjector')} <span className="visually-hidden">{t('newTab')}</span>
            <span aria-hidden="true">↗</span>
          </a>
        </p>
      ) : null}
    </section>
  );
}

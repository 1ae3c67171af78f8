'use client';
import { useTranslations } from 'use-intl';
import { JoinQr } from '@/app/_components/join-qr';
import type { Snapshot } from '@/lib/realtime/contract';
import styles from './projector.module.css';

/** Always on screen: large in the lobby, a corner during the rounds. */
export function ProjectorJoin({ view, large }: { view: Snapshot; large: boolean }) {
  const t = useTranslations('join');
  const displayUrl = view.joinUrl.replace(/^https?:\/\//, '');
  return (
    <aside className={`${styles.join} ${large ? styles.joinLarge : ''}`} aria-label={t('codeTitle')}>
      <JoinQr url={view.joinUrl} className={styles.qr} />
      <div className={styles.joinText}>
        <p className={styles.scan}>{t('scan')}</p>
        <p className={styles.url}>
          {/* Break the address only after a slash, never inside the code. */}
          {displayUrl.split('/').map((part, i) => (
            <span key={i}>
              {i > 0 ? '/' : null}
              {i > 0 ? <wbr /> : null}
              {part}
            </span>
          ))}
        </p>
        <p className={`join-code ${styles.code}`}>{view.session.code}</p>
      </div>
    </aside>
  );
}

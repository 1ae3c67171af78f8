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
        <p className={styles.url}>{displayUrl}</p>
        <p className={`join-code ${styles.code}`}>{view.session.code}</p>
      </div>
    </aside>
  );
}

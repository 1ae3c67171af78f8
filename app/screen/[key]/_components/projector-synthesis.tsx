'use client';
import { useTranslations } from 'use-intl';
import { JoinQr } from '@/app/_components/join-qr';
import styles from './projector.module.css';

/** At the close, in place of the join code: a QR code to the café's synthesis (it opens with the phone's own token). */
export function ProjectorSynthesis({ url }: { url: string }) {
  const t = useTranslations('synthesis');
  return (
    <aside className={styles.join} aria-label={t('title')}>
      <JoinQr url={url} className={styles.qr} label={t('screenQr', { url })} />
      <p className={styles.synthesisScan}>{t('screenScan')}</p>
    </aside>
  );
}

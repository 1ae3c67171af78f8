'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import { useTableTitle } from '@/app/_components/use-table-title';
import { JoinQr } from '@/app/_components/join-qr';
import { ModalDialog } from '@/app/_components/modal-dialog';
import type { TableSummary } from '@/lib/realtime/contract';
import styles from './board.module.css';

type Props = { table: TableSummary | null; hostLink: string | undefined; tableLink: string; onClose(): void };

/** A table's host link as a QR (the host scans it from the organiser's screen) and its participants' link. */
export function HostLinkDialog({ table, hostLink, tableLink, onClose }: Props) {
  const t = useTranslations();
  const title = useTableTitle();
  const titleId = useId();

  return (
    <ModalDialog open={table !== null} labelledBy={titleId} onClose={onClose}>
      {table ? (
        <div className="stack-sm">
          <h2 id={titleId}>{t('board.hostLinkTitle', { name: title(table) })}</h2>
          <p className="muted">{t('board.hostLinkHint')}</p>
          {hostLink ? (
            <>
              <JoinQr url={hostLink} className={styles.hostQr} label={t('board.hostQrLabel', { url: hostLink })} />
              <p>
                <a href={hostLink} className={styles.link} data-testid="host-link">
                  {hostLink}
                </a>
              </p>
            </>
          ) : null}
          <p className="label">{t('board.tableLink')}</p>
          <p>
            <a href={tableLink} className={styles.link}>
              {tableLink}
            </a>
          </p>
        </div>
      ) : null}
      <div className="cluster" style={{ justifyContent: 'flex-end', marginTop: 'var(--space-4)' }}>
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </ModalDialog>
  );
}

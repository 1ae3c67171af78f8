'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { ConfirmDialog } from '@/app/_components/confirm-dialog';
import type { SessionSummary } from '@/lib/realtime/contract';

type Props = { session: SessionSummary; onDuplicate(): void; onDelete(): void };

export function SessionCard({ session, onDuplicate, onDelete }: Props) {
  const t = useTranslations();
  const [confirming, setConfirming] = useState(false);
  return (
    <article className="card stack-sm">
      <h2>{session.title}</h2>
      <p className="cluster">
        <span>
          {t('console.code')} <span className="join-code">{session.code}</span>
        </span>
        <span className="badge">
          <span className="visually-hidden">{t('console.stageLabel')}: </span>
          {t(`stageKind.${session.stage}`)}
        </span>
      </p>
      <p className="muted">{t('console.counts', { rounds: session.rounds, tables: session.tables, participants: session.participants })}</p>
      <div role="group" aria-label={t('console.actionsFor', { title: session.title })} className="cluster">
        <Link className="btn btn-primary" href={`/console/sessions/${session.id}`}>
          {t('console.openLive')}
        </Link>
        {session.stage === 'lobby' ? (
          <Link className="btn" href={`/console/sessions/${session.id}/edit`}>
            {t('console.edit')}
          </Link>
        ) : null}
        <button type="button" className="btn" onClick={onDuplicate}>
          {t('console.duplicate')}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setConfirming(true)}>
          {t('console.delete')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('console.deleteTitle')}
        confirmLabel={t('console.deleteConfirm')}
        danger
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onDelete();
        }}
      >
        <p>{t('console.deleteBody', { title: session.title })}</p>
      </ConfirmDialog>
    </article>
  );
}

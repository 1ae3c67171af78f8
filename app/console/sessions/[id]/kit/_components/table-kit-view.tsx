'use client';
import Link from 'next/link';
import { useCallback, useState } from 'react';
import { useTranslations } from 'use-intl';
import { AckError } from '@/app/_components/ack-error';
import { SiteHeader } from '@/app/_components/site-header';
import { tableLink } from '@/lib/ui/table-status';
import { SignOutButton } from '@/app/console/_components/sign-out-button';
import { useConsoleSocket } from '@/app/console/_components/use-console-socket';
import styles from './kit.module.css';
import { PaperChoice, type Paper } from './paper-choice';
import { TentCard } from './tent-card';

/** The page size of each card: printed one per page, folded in two. */
const PAGE_CSS: Record<Paper, string> = {
  a4: '@page { size: A4 portrait; margin: 0; }',
  a5: '@page { size: A5 portrait; margin: 0; }',
};

export function TableKitView({ sessionId }: { sessionId: string }) {
  const t = useTranslations();
  const auth = useCallback(() => ({ sessionId }), [sessionId]);
  const { error, view } = useConsoleSocket(auth);
  const [paper, setPaper] = useState<Paper>('a4');
  const tables = view ? [...(view.seating ?? [])].sort((a, b) => a.number - b.number) : [];

  return (
    <>
      <style>{PAGE_CSS[paper]}</style>
      <SiteHeader brandHref="/console" actions={<SignOutButton />} />
      <main id="main" className={styles.main}>
        <div className={`page stack no-print ${styles.toolbar}`}>
          <p>
            <Link href={`/console/sessions/${sessionId}`}>← {t('kit.back')}</Link>
          </p>
          <h1>
            {t('kit.title')}
            {view ? ` — ${view.session.title}` : ''}
          </h1>
          <p>{t('kit.intro')}</p>
          {error && error !== 'unauthorised' ? <AckError code={error} /> : null}
          <div className="cluster">
            <PaperChoice paper={paper} onChange={setPaper} />
            <button type="button" className="btn btn-primary btn-large" disabled={!view} onClick={() => window.print()}>
              {t('kit.print')}
            </button>
            {view ? <span className="badge">{t('kit.cards', { count: tables.length })}</span> : null}
          </div>
        </div>
        {view ? (
          <div className={styles.sheets} data-paper={paper}>
            {tables.map((table) => (
              <TentCard
                key={table.id}
                table={table}
                url={tableLink(view.joinUrl, view.session.code, table.number)}
                code={view.session.code}
                questions={view.session.rounds.map((r) => r.question)}
              />
            ))}
          </div>
        ) : !error ? (
          <p className="page muted">{t('common.loading')}</p>
        ) : null}
      </main>
    </>
  );
}

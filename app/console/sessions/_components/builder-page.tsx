'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { ConnectionBanner } from '@/app/_components/connection-banner';
import { SiteHeader } from '@/app/_components/site-header';
import type { SocketStatus } from '@/lib/realtime/use-session-socket';
import { SignOutButton } from '@/app/console/_components/sign-out-button';

/** The frame of the new and edit pages. */
export function BuilderPage({ title, status, children }: { title: string; status: SocketStatus; children: ReactNode }) {
  const t = useTranslations('console');
  return (
    <>
      <SiteHeader brandHref="/console" actions={<SignOutButton />} />
      <ConnectionBanner status={status} />
      <main id="main" className="page stack" style={{ maxWidth: '52rem' }}>
        <p>
          <Link href="/console">← {t('backToSessions')}</Link>
        </p>
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { JoinCodeForm } from '@/app/_components/join-code-form';
import { SiteHeader } from '@/app/_components/site-header';

export function JoinCodeView() {
  const t = useTranslations('join');
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page-narrow stack">
        <h1>{t('codeTitle')}</h1>
        <div className="card">
          <JoinCodeForm />
        </div>
      </main>
    </>
  );
}

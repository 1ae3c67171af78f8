'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { JoinCodeForm } from './join-code-form';
import { SiteHeader } from './site-header';

export function HomeView() {
  const t = useTranslations('home');
  return (
    <>
      <SiteHeader />
      <main id="main" className="page page-narrow stack">
        <div>
          <h1>{t('title')}</h1>
          <p className="lead">{t('tagline')}</p>
        </div>
        <section className="card stack" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('joinHeading')}</h2>
          <JoinCodeForm />
        </section>
        <section className="card" aria-labelledby="organiser-heading">
          <h2 id="organiser-heading">{t('organiserHeading')}</h2>
          <p>{t('organiserText')}</p>
          <Link className="btn" href="/console">
            {t('openConsole')}
          </Link>
        </section>
      </main>
    </>
  );
}

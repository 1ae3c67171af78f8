'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { LanguageSwitcher } from './language-switcher';

/** The banner of every page but the projector: skip link, name, page actions, language. */
export function SiteHeader({ actions, brandHref = '/' }: { actions?: ReactNode; brandHref?: string }) {
  const t = useTranslations('common');
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Link className="brand" href={brandHref}>
        {t('appName')}
      </Link>
      <div className="cluster">
        {actions}
        <LanguageSwitcher />
      </div>
    </header>
  );
}

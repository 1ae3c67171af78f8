import type { Metadata, Viewport } from 'next';
import { cookies, headers } from 'next/headers';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/lib/i18n/i18n-provider';
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from '@/lib/i18n/locales';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Tournée', template: '%s · Tournée' },
  description: 'Run a world café from the room: timed rounds, tables, phones in sync.',
  applicationName: 'Tournée',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16181c' },
  ],
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage((await headers()).get('accept-language'));
  return (
    <html lang={locale}>
      <body>
        <I18nProvider initialLocale={locale} chosen={isLocale(chosen)}>
          {children}
        </I18nProvider>
      </body>
    </html>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import { SiteHeader } from '@/app/_components/site-header';
import { SynthesisPanel } from '@/app/_components/synthesis/synthesis-panel';
import { useSessionLanguage } from '@/lib/i18n/i18n-provider';
import type { SynthesisAddress } from '../find-synthesis';
import { useSynthesisAddress } from './use-address';

/** The participants' page: the synthesis and its downloads, readable on a phone. */
export function SynthesisView({ address }: { address: SynthesisAddress }) {
  const tc = useTranslations('common');
  useSessionLanguage(address.language);
  const { links, token, ready } = useSynthesisAddress(address);
  return (
    <>
      <SiteHeader />
      <main id="main" className="page stack" style={{ maxWidth: '52rem' }}>
        {ready ? <SynthesisPanel links={links} token={token} level={1} /> : <p className="muted">{tc('loading')}</p>}
      </main>
    </>
  );
}

'use client';
import Link from 'next/link';
import { useEffect } from 'react';
import { useTranslations } from 'use-intl';
import { SiteHeader } from '@/app/_components/site-header';
import { SynthesisDocument } from '@/app/_components/synthesis/synthesis-document';
import { useSynthesis } from '@/app/_components/synthesis/use-synthesis';
import { useSessionLanguage } from '@/lib/i18n/i18n-provider';
import { exportLabels } from '@/lib/export/labels';
import type { SynthesisLinks } from '@/lib/ui/synthesis-links';
import type { SynthesisAddress } from '../find-synthesis';
import styles from './print.module.css';
import { useSynthesisAddress } from './use-address';

/** A4, with margins the printer can hold, and the page's number at the bottom (where the browser draws margin boxes). */
const PAGE_CSS =
  '@page { size: A4 portrait; margin: 16mm 15mm 18mm; @bottom-right { content: counter(page) " / " counter(pages); font: 9pt system-ui, sans-serif; color: #555; } }';

function PrintBody({ links, token }: { links: SynthesisLinks; token: string | undefined }) {
  const t = useTranslations('synthesis');
  const tc = useTranslations('common');
  const { state, reload } = useSynthesis(links, token);
  const page = state.status === 'ready' ? state.page : null;
  useEffect(() => {
    // The browser names the PDF after the page's title.
    if (page) document.title = `${page.title} — ${exportLabels(page.language)('doc.kind')}`;
  }, [page]);
  return (
    <>
      <div className={`no-print stack-sm ${styles.toolbar}`}>
        <p>
          <Link href={links.page}>← {t('back')}</Link>
        </p>
        <div className="cluster">
          <button type="button" className="btn btn-primary btn-large" disabled={!page} onClick={() => window.print()}>
            {t('printButton')}
          </button>
        </div>
        <p className="muted">{t('printHint')}</p>
      </div>
      {state.status === 'loading' ? <p className="muted">{tc('loading')}</p> : null}
      {state.status === 'refused' ? (
        <p className="notice notice-warning" role="status">
          {t(state.reason === 'not-yet' ? 'notYet' : state.reason === 'not-participant' ? 'notParticipant' : 'notFound')}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <div className="notice notice-error" role="alert">
          <p>{t('loadFailed')}</p>
          <button type="button" className="btn" onClick={reload}>
            {t('retry')}
          </button>
        </div>
      ) : null}
      {page ? (
        <div className={styles.sheet}>
          <SynthesisDocument page={page} level={1} />
        </div>
      ) : null}
    </>
  );
}

/** The print-ready synthesis: on screen a sheet of paper under a print button; on paper the document alone. */
export function SynthesisPrintView({ address }: { address: SynthesisAddress }) {
  const tc = useTranslations('common');
  useSessionLanguage(address.language);
  const { links, token, ready } = useSynthesisAddress(address);
  return (
    <>
      <style>{PAGE_CSS}</style>
      <SiteHeader />
      <main id="main" className={styles.main}>
        {ready ? <PrintBody links={links} token={token} /> : <p className="muted">{tc('loading')}</p>}
      </main>
    </>
  );
}

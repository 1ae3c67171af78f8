'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { withTimeZone, type SynthesisLinks } from '@/lib/ui/synthesis-links';
import { Heading } from './synthesis-document';
import { authHeaders, browserTimeZone } from './use-synthesis';
import styles from './synthesis-panel.module.css';

type Format = 'docx' | 'md';

/** The file name the server gave (`attachment; filename="…"`), or a plain one. */
function fileNameOf(response: Response, format: Format): string {
  return /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? `synthesis.${format}`;
}

/**
 * The participant's downloads: fetched with the phone's token (a plain link cannot carry it), then
 * saved from memory under the server's file name. The print page is a link: it loads its own copy.
 */
export function SynthesisDownloads({ links, token, level }: { links: SynthesisLinks; token: string | undefined; level: number }) {
  const t = useTranslations('synthesis');
  const [busy, setBusy] = useState<Format | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    setFailure(null);
    try {
      const response = await fetch(withTimeZone(links.file(format), browserTimeZone()), { headers: authHeaders(token), cache: 'no-store' });
      if (!response.ok) {
        const body: unknown = await response.json().catch(() => null);
        const message = typeof body === 'object' && body !== null ? Reflect.get(body, 'message') : null;
        setFailure(typeof message === 'string' ? message : String(response.status));
        return;
      }
      const url = URL.createObjectURL(await response.blob());
      const a = document.createElement('a');
      a.href = url;
      a.download = fileNameOf(response, format);
      document.body.append(a);
      a.click();
      a.remove();
      // Long enough for the browser to start saving it.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={`card stack-sm no-print ${styles.downloads}`} aria-labelledby="synthesis-downloads">
      <Heading level={level} id="synthesis-downloads" className={styles.downloadsHeading}>
        {t('downloads')}
      </Heading>
      <div className={styles.buttons}>
        {(['docx', 'md'] as const).map((format) => (
          <button key={format} type="button" className="btn" disabled={busy !== null} onClick={() => void download(format)}>
            {busy === format ? t('downloading') : t(format)}
          </button>
        ))}
        <Link className="btn" href={links.print}>
          {t('print')}
        </Link>
      </div>
      <div role="status">{failure ? <p className="notice notice-error">{t('downloadFailed', { reason: failure })}</p> : null}</div>
    </section>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import type { SynthesisLinks } from '@/lib/ui/synthesis-links';
import { Heading, SynthesisDocument, type HeadingLevel } from './synthesis-document';
import { SynthesisDownloads } from './synthesis-downloads';
import styles from './synthesis-panel.module.css';
import { useSynthesis } from './use-synthesis';

type Props = {
  links: SynthesisLinks;
  /** The phone's participant token (none: the organiser, by their cookie). */
  token: string | undefined;
  /** The level of the panel's own heading. */
  level: HeadingLevel;
};

/** "The café's synthesis": the downloads, then the document; or why it cannot be read (yet). */
export function SynthesisPanel({ links, token, level }: Props) {
  const t = useTranslations('synthesis');
  const tc = useTranslations('common');
  const { state, reload } = useSynthesis(links, token);
  return (
    <section className={`stack ${styles.panel}`} aria-labelledby="synthesis-heading" aria-busy={state.status === 'loading'}>
      <Heading level={level} id="synthesis-heading" className="no-print">
        {t('title')}
      </Heading>
      {state.status === 'loading' ? <p className="muted">{tc('loading')}</p> : null}
      {state.status === 'refused' ? (
        <p className={state.reason === 'not-yet' ? 'notice' : 'notice notice-warning'} role="status">
          {t(state.reason === 'not-yet' ? 'notYet' : state.reason === 'not-participant' ? 'notParticipant' : 'notFound')}
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <div className="notice notice-error stack-sm" role="alert">
          <p>{t('loadFailed')}</p>
          <p>
            <button type="button" className="btn" onClick={reload}>
              {t('retry')}
            </button>
          </p>
        </div>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <SynthesisDownloads links={links} token={token} level={level + 1} />
          <SynthesisDocument page={state.page} level={level === 1 ? 2 : 3} />
        </>
      ) : null}
    </section>
  );
}

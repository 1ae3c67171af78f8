'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { SynthesisPanel } from '@/app/_components/synthesis/synthesis-panel';
import type { Snapshot } from '@/lib/realtime/contract';
import { synthesisLinks } from '@/lib/ui/synthesis-links';
import { readParticipantToken } from './participant-token';

/** At the close, every phone shows the café's synthesis, with its downloads and a link to its own page. */
export function ClosedSynthesis({ view }: { view: Snapshot }) {
  const t = useTranslations('synthesis');
  // Rendered only once the socket's snapshot is here, in the browser: the token is in its storage.
  const [token] = useState(() => readParticipantToken(view.session.code));
  const links = view.synthesisUrl ? synthesisLinks(view.synthesisUrl) : null;
  if (!links) return null;
  return (
    <>
      <SynthesisPanel links={links} token={token} level={2} />
      <p>
        <Link href={links.page}>{t('openPage')}</Link>
      </p>
    </>
  );
}

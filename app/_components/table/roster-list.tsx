'use client';
import { useId } from 'react';
import { useTranslations } from 'use-intl';
import type { TableView } from '@/lib/realtime/contract';

type Props = { roster: TableView['roster']; hostId: string | null; meId?: string; headingLevel?: 'h2' | 'h3' };

/** Who sits at the table, the host marked in words. */
export function RosterList({ roster, hostId, meId, headingLevel: Heading = 'h2' }: Props) {
  const t = useTranslations('table');
  const headingId = useId();
  return (
    <section className="stack-sm" aria-labelledby={headingId}>
      <div className="spread">
        <Heading id={headingId}>{t('roster')}</Heading>
        <span className="badge">{t('rosterCount', { count: roster.length })}</span>
      </div>
      {roster.length > 0 ? (
        <ul className="cluster plain-list">
          {roster.map((p) => (
            <li key={p.id} className="badge">
              {p.displayName}
              {p.id === meId ? ` ${t('me')}` : ''}
              {p.id === hostId ? ` · ${t('hostMark')}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

'use client';
import { useTranslations } from 'use-intl';
import type { Snapshot } from '@/lib/realtime/contract';

/** The end of the café on a phone: what comes next after the thanks (the deliverables add a link here). */
export function ClosedStatus({ view }: { view: Snapshot }) {
  const t = useTranslations('plenaryA');
  const actions = view.plenary?.actions?.length ?? 0;
  return (
    <div className="stack-sm" data-testid="closed-status">
      <p>{t('closedNext')}</p>
      {actions > 0 ? <p>{t('closedActions', { count: actions })}</p> : null}
    </div>
  );
}

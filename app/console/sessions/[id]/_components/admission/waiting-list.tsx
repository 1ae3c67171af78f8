'use client';
import { useTranslations } from 'use-intl';
import type { JoinRequestView } from '@/lib/realtime/contract';

type Props = { waiting: JoinRequestView[]; disabled: boolean; decide(requestIds: string[], approve: boolean): void };

/** The people waiting at the doors, oldest first: let each in, refuse them, or let everyone in. */
export function WaitingList({ waiting, disabled, decide }: Props) {
  const t = useTranslations('admission');
  return (
    <section aria-labelledby="waiting-heading" className="stack-sm">
      <div className="spread">
        <h3 id="waiting-heading">{t('waitingHeading', { count: waiting.length })}</h3>
        {waiting.length > 1 ? (
          <button
            type="button"
            className="btn btn-primary"
            disabled={disabled}
            onClick={() =>
              decide(
                waiting.map((w) => w.id),
                true,
              )
            }
          >
            {t('approveAll')}
          </button>
        ) : null}
      </div>
      <ul className="plain-list stack-sm">
        {waiting.map((request) => (
          <li key={request.id} className="spread">
            <span>
              <strong>{request.displayName}</strong>
              {request.groupLabel ? <span className="muted"> — {request.groupLabel}</span> : null}
            </span>
            <span className="cluster">
              <button
                type="button"
                className="btn btn-primary"
                disabled={disabled}
                onClick={() => decide([request.id], true)}
                aria-label={t('approveName', { name: request.displayName })}
              >
                {t('approve')}
              </button>
              <button
                type="button"
                className="btn"
                disabled={disabled}
                onClick={() => decide([request.id], false)}
                aria-label={t('refuseName', { name: request.displayName })}
              >
                {t('refuse')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

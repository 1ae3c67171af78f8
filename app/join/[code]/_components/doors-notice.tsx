'use client';
import { useTranslations } from 'use-intl';
import type { Snapshot } from '@/lib/realtime/contract';

/** Before a phone joins: whether the doors are closed, the room is full, or the organiser lets each person in (kept current live). */
export function DoorsNotice({ view }: { view: Snapshot }) {
  const t = useTranslations('admission');
  const admission = view.admission;
  if (!admission) return null;
  if (admission.doors === 'closed') return <p className="notice notice-warning">{t('phoneClosed')}</p>;
  if (view.participantCount >= admission.capacity) return <p className="notice notice-warning">{t('phoneFull')}</p>;
  if (admission.doors === 'approval') return <p className="muted">{t('phoneApprovalHint')}</p>;
  return null;
}

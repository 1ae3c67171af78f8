'use client';
import { useTranslations } from 'use-intl';
import type { PlenaryProgress } from '@/lib/realtime/contract';

/** "28 of 41 have voted": a count only, announced politely as it changes (coalesced by the server). */
export function VoteProgress({ progress, className }: { progress: PlenaryProgress | null | undefined; className?: string }) {
  const t = useTranslations('plenaryA');
  return (
    <p className={className} aria-live="polite" data-testid="vote-progress">
      {t('votedOf', { count: progress?.voted ?? 0, total: progress?.of ?? 0 })}
    </p>
  );
}

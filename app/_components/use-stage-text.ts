'use client';
import { useTranslations } from 'use-intl';
import type { Stage } from '@/lib/realtime/contract';

/** "Round 2 of 3 · Sharing", "Plenary", …: the one-line name of a stage. */
export function useStageText(): (stage: Stage, totalRounds: number) => string {
  const t = useTranslations();
  return (stage, totalRounds) => {
    switch (stage.kind) {
      case 'lobby':
        return t('stage.lobby');
      case 'phase':
        return t('stage.phase', { round: stage.round + 1, total: totalRounds, phase: t(`phase.${stage.phase}`) });
      case 'rotation':
        return t('stage.rotation', { round: stage.afterRound + 1 });
      case 'plenary':
        return t('stage.plenary');
      case 'closed':
        return t('stage.closed');
    }
  };
}

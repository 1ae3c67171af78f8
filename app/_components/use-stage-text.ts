'use client';
import { useTranslations } from 'use-intl';
import type { SessionView, Stage } from '@/lib/realtime/contract';
import { plenaryStageTitle } from '@/lib/ui/plenary-words';

/** "Round 2 of 3 · Sharing", "Plenary · Silent vote", …: the one-line name of a stage. */
export function useStageText(): (stage: Stage, session: Pick<SessionView, 'rounds' | 'tableCount'>) => string {
  const t = useTranslations();
  const plenary = useTranslations('plenaryStage');
  return (stage, session) => {
    switch (stage.kind) {
      case 'lobby':
        return t('stage.lobby');
      case 'phase':
        return t('stage.phase', { round: stage.round + 1, total: session.rounds.length, phase: t(`phase.${stage.phase}`) });
      case 'rotation':
        return t('stage.rotation', { round: stage.afterRound + 1 });
      case 'plenary': {
        const words = plenaryStageTitle(stage, session.tableCount);
        return plenary(words.key, words.values);
      }
      case 'closed':
        return t('stage.closed');
    }
  };
}

'use client';
import { useTranslations } from 'use-intl';
import type { Stage } from '@/lib/realtime/contract';
import type { NextMove } from '@/lib/ui/legal-controls';

/** "Next: sharing", "Next: table 2 presents", "Close the session": what the console's Next button leads to. */
export function useNextText(): (from: Stage, next: NextMove) => string {
  const t = useTranslations('next');
  return (from, next) => {
    if (!next) return t('phase');
    const { to } = next;
    switch (to.kind) {
      case 'phase':
        return to.phase === 'reflection' ? t('round', { round: to.round + 1 }) : t(to.phase);
      case 'rotation':
        return t('rotation');
      case 'plenary':
        // Entering the plenary says so; inside it, each table and step by name.
        if (from.kind !== 'plenary') return t('plenary');
        return to.step === 'restitution' ? t('restitution', { table: to.table + 1 }) : t(to.step);
      case 'closed':
        return t('close');
      case 'lobby':
        return t('phase');
    }
  };
}

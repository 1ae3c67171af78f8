import type { Stage } from '@/lib/domain/session-machine';

/** The round the next seating is for: the first in the lobby, the following one during a round or a rotation; null when none is left. */
export function nextRoundOf(stage: Stage, roundCount: number): number | null {
  const next = stage.kind === 'lobby' ? 0 : stage.kind === 'phase' ? stage.round + 1 : stage.kind === 'rotation' ? stage.afterRound + 1 : null;
  return next !== null && next < roundCount ? next : null;
}

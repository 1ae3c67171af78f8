/**
 * Which round the next seating is for, from the session's stage. Only the stage's `kind` (and the
 * round it names) is read, so stages added later (plenary steps…) need no change here: past the
 * rounds, there is no next round.
 */

/** What a session stage says about the rounds: its kind, and the round it is in or has just ended. */
export type RoundStage = { kind: string; round?: number; afterRound?: number };

function candidateRound(stage: RoundStage): number | null {
  if (stage.kind === 'lobby') return 0;
  if (stage.kind === 'phase' && stage.round !== undefined) return stage.round + 1;
  if (stage.kind === 'rotation' && stage.afterRound !== undefined) return stage.afterRound + 1;
  return null;
}

/** The round the next seating is for: the first in the lobby, the following one during a round or rotation, null when no round is left to seat. */
export function nextRoundOf(stage: RoundStage, roundCount: number): number | null {
  const next = candidateRound(stage);
  return next !== null && next < roundCount ? next : null;
}

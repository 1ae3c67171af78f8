import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/domain/session-machine';
import { nextRoundOf, type RoundStage } from './next-round';

/** A stage kind this module has never heard of, with fields of its own (as plenary steps will have). */
const plenaryStep = { kind: 'plenary', step: 'vote', startedAt: 0 };
const closed: Stage = { kind: 'closed' };

describe('nextRoundOf', () => {
  it.each<[string, RoundStage, number, number | null]>([
    ['lobby: the first round', { kind: 'lobby' }, 3, 0],
    ['lobby of a session without rounds', { kind: 'lobby' }, 0, null],
    ['during round 0: round 1', { kind: 'phase', round: 0 }, 3, 1],
    ['during the last round: none', { kind: 'phase', round: 2 }, 3, null],
    ['rotation after round 0: round 1', { kind: 'rotation', afterRound: 0 }, 3, 1],
    ['rotation after the last round: none', { kind: 'rotation', afterRound: 2 }, 3, null],
    ['plenary: none', { kind: 'plenary' }, 3, null],
    ['a plenary step: none', plenaryStep, 3, null],
    ['closed (the session machine’s own Stage): none', closed, 3, null],
  ])('%s', (_name, stage, roundCount, expected) => {
    expect(nextRoundOf(stage, roundCount)).toBe(expected);
  });
});

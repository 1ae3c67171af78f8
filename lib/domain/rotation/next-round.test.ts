import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/domain/session-machine';
import { nextRoundOf } from './next-round';

describe('nextRoundOf', () => {
  it.each<[string, Stage, number, number | null]>([
    ['the lobby seats round 1', { kind: 'lobby' }, 3, 0],
    ['during a round: the following one', { kind: 'phase', round: 0, phase: 'sharing' }, 3, 1],
    ['between rounds: the following one', { kind: 'rotation', afterRound: 1 }, 3, 2],
    ['during the last round: none', { kind: 'phase', round: 2, phase: 'reflection' }, 3, null],
    ['a session without rounds: none', { kind: 'lobby' }, 0, null],
    ['the plenary: none', { kind: 'plenary', step: 'vote' }, 3, null],
    ['closed: none', { kind: 'closed' }, 3, null],
  ])('%s', (_name, stage, rounds, expected) => {
    expect(nextRoundOf(stage, rounds)).toBe(expected);
  });
});

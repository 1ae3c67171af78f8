import { describe, expect, it } from 'vitest';
import { canChangeSeats, notesFollowingMover } from './seating-rules';
import type { Stage } from './session-machine';

describe('what a change of seat does, stage by stage', () => {
  it.each<[string, Stage, boolean, number | null]>([
    // stage                          seats change  the notes of this round follow the mover
    ['lobby', { kind: 'lobby' }, true, null],
    ['round 1 reflection', { kind: 'phase', round: 0, phase: 'reflection' }, true, 0],
    ['round 1 sharing', { kind: 'phase', round: 0, phase: 'sharing' }, true, null],
    ['round 1 consolidation', { kind: 'phase', round: 0, phase: 'consolidation' }, true, null],
    ['rotation after round 1', { kind: 'rotation', afterRound: 0 }, true, null],
    ['round 2 reflection', { kind: 'phase', round: 1, phase: 'reflection' }, true, 1],
    ['round 2 sharing', { kind: 'phase', round: 1, phase: 'sharing' }, true, null],
    ['a table presenting in the plenary', { kind: 'plenary', step: 'restitution', table: 0 }, true, null],
    ['the vote', { kind: 'plenary', step: 'vote' }, true, null],
    ['closed', { kind: 'closed' }, false, null],
  ])('%s', (_name, stage, seats, notes) => {
    expect(canChangeSeats(stage)).toBe(seats);
    expect(notesFollowingMover(stage)).toBe(notes);
  });
});

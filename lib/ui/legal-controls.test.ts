import { describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { LOBBY, type LiveState, type SessionPlan, type Stage } from '@/lib/domain/session-machine';
import { legalControls, nextMove, type NextMove } from './legal-controls';

const round = { reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 };
const plan: SessionPlan = { rounds: [round, round], autoAdvance: false, plenary: DEFAULT_PLENARY, tableCount: 2 };
const running = { status: 'running', endsAt: 100_000, durationMs: 60_000 } as const;
const paused = { status: 'paused', remainingMs: 30_000, durationMs: 60_000 } as const;

describe('legalControls', () => {
  it.each<[string, LiveState, SessionPlan, string[]]>([
    ['lobby', LOBBY, plan, ['start']],
    ['lobby without rounds', LOBBY, { ...plan, rounds: [] }, []],
    ['first reflection, running', { stage: { kind: 'phase', round: 0, phase: 'reflection' }, timer: running }, plan, ['pause', 'extend', 'next']],
    ['sharing, paused', { stage: { kind: 'phase', round: 0, phase: 'sharing' }, timer: paused }, plan, ['resume', 'extend', 'next', 'back']],
    ['rotation', { stage: { kind: 'rotation', afterRound: 0 }, timer: null }, plan, ['next', 'back']],
    ['plenary, untimed step', { stage: { kind: 'plenary', step: 'workstreams' }, timer: null }, plan, ['next', 'back']],
    ['plenary, a table presenting', { stage: { kind: 'plenary', step: 'restitution', table: 1 }, timer: running }, plan, ['pause', 'extend', 'next', 'back']],
    ['closed', { stage: { kind: 'closed' }, timer: null }, plan, []],
  ])('%s', (_name, live, p, expected) => {
    const legal = legalControls(live, p, 50_000);
    expect(
      Object.entries(legal)
        .filter(([, ok]) => ok)
        .map(([name]) => name)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('nextMove: what "Next" leads to, and when it closes the session', () => {
  const at = (stage: Stage): LiveState => ({ stage, timer: null });
  const onlyVote: SessionPlan = { ...plan, plenary: { ...DEFAULT_PLENARY, steps: ['vote'], voteOn: 'ideas' } };
  const noSteps: SessionPlan = { ...plan, plenary: { ...DEFAULT_PLENARY, steps: [] } };
  it.each<[string, LiveState, SessionPlan, NextMove]>([
    ['lobby: Start, not Next', LOBBY, plan, null],
    ['reflection → sharing', at({ kind: 'phase', round: 0, phase: 'reflection' }), plan, { to: { kind: 'phase', round: 0, phase: 'sharing' }, closes: false }],
    [
      'sharing → consolidation',
      at({ kind: 'phase', round: 0, phase: 'sharing' }),
      plan,
      { to: { kind: 'phase', round: 0, phase: 'consolidation' }, closes: false },
    ],
    ['consolidation → the rotation', at({ kind: 'phase', round: 0, phase: 'consolidation' }), plan, { to: { kind: 'rotation', afterRound: 0 }, closes: false }],
    ['rotation → the next round', at({ kind: 'rotation', afterRound: 0 }), plan, { to: { kind: 'phase', round: 1, phase: 'reflection' }, closes: false }],
    [
      'last consolidation → the first table presents',
      at({ kind: 'phase', round: 1, phase: 'consolidation' }),
      plan,
      { to: { kind: 'plenary', step: 'restitution', table: 0 }, closes: false },
    ],
    [
      'a table presents → the next',
      at({ kind: 'plenary', step: 'restitution', table: 0 }),
      plan,
      { to: { kind: 'plenary', step: 'restitution', table: 1 }, closes: false },
    ],
    ['the vote → effort × gain', at({ kind: 'plenary', step: 'vote' }), plan, { to: { kind: 'plenary', step: 'assessment' }, closes: false }],
    ['the last step (action plan) closes', at({ kind: 'plenary', step: 'actions' }), plan, { to: { kind: 'closed' }, closes: true }],
    ['the only step closes', at({ kind: 'plenary', step: 'vote' }), onlyVote, { to: { kind: 'closed' }, closes: true }],
    ['an open plenary closes', at({ kind: 'plenary', step: 'open' }), noSteps, { to: { kind: 'closed' }, closes: true }],
    ['closed: nothing next', at({ kind: 'closed' }), plan, null],
  ])('%s', (_name, live, p, expected) => {
    expect(nextMove(live, p)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { LOBBY, type LiveState, type SessionPlan } from '@/lib/domain/session-machine';
import { legalControls } from './legal-controls';

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

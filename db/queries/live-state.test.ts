import { describe, expect, it } from 'vitest';
import type { LiveState } from '@/lib/domain/session-machine';
import { liveFromRow, liveToColumns } from './live-state';

const running = { status: 'running', endsAt: 1_000_000, durationMs: 180_000 } as const;
const paused = { status: 'paused', remainingMs: -5_000, durationMs: 180_000 } as const;

describe('live state ↔ columns', () => {
  it.each<[string, LiveState]>([
    ['lobby', { stage: { kind: 'lobby' }, timer: null }],
    ['a phase, running', { stage: { kind: 'phase', round: 2, phase: 'sharing' }, timer: running }],
    ['a rotation', { stage: { kind: 'rotation', afterRound: 1 }, timer: null }],
    ['a table presenting, running', { stage: { kind: 'plenary', step: 'restitution', table: 4 }, timer: running }],
    ['the first table presenting, paused in overtime', { stage: { kind: 'plenary', step: 'restitution', table: 0 }, timer: paused }],
    ['workstreams', { stage: { kind: 'plenary', step: 'workstreams' }, timer: null }],
    ['the vote, timed', { stage: { kind: 'plenary', step: 'vote' }, timer: running }],
    ['assessment', { stage: { kind: 'plenary', step: 'assessment' }, timer: null }],
    ['actions', { stage: { kind: 'plenary', step: 'actions' }, timer: null }],
    ['an open plenary', { stage: { kind: 'plenary', step: 'open' }, timer: null }],
    ['closed', { stage: { kind: 'closed' }, timer: null }],
  ])('%s round-trips', (_name, live) => {
    expect(liveFromRow(liveToColumns(live))).toEqual(live);
  });

  it('a plenary without a step (never written since migration 0006) reads as an open plenary', () => {
    const columns = { ...liveToColumns({ stage: { kind: 'plenary', step: 'vote' }, timer: null }), plenaryStep: null };
    expect(liveFromRow(columns).stage).toEqual({ kind: 'plenary', step: 'open' });
  });

  it('the plenary columns are empty outside the plenary', () => {
    expect(liveToColumns({ stage: { kind: 'phase', round: 0, phase: 'reflection' }, timer: running })).toMatchObject({ plenaryStep: null, plenaryTable: null });
  });
});

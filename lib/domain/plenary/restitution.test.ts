import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/domain/session-machine';
import { checkPresentedIdea, presentedIdeaAfterMove, presentingTableId } from './restitution';

const TABLES = ['t1', 't2', 't3'];
const presenting = (table: number): Stage => ({ kind: 'plenary', step: 'restitution', table });
const vote: Stage = { kind: 'plenary', step: 'vote' };
const host = (tableId: string) => ({ role: 'host', tableId }) as const;
const organiser = { role: 'organiser' } as const;

describe('presentingTableId', () => {
  it.each<[string, Stage, string | null]>([
    ['the first table', presenting(0), 't1'],
    ['the third table', presenting(2), 't3'],
    ['a table beyond the list', presenting(5), null],
    ['another step', vote, null],
    ['a phase', { kind: 'phase', round: 0, phase: 'sharing' }, null],
  ])('%s', (_name, stage, expected) => {
    expect(presentingTableId(stage, TABLES)).toBe(expected);
  });
});

describe('checkPresentedIdea', () => {
  it.each<[string, Parameters<typeof checkPresentedIdea>[0], Parameters<typeof checkPresentedIdea>[1], Stage, string | null]>([
    ['the presenting host, an idea of the table', host('t2'), { tableId: 't2' }, presenting(1), null],
    ['the presenting host clears the highlight', host('t2'), null, presenting(1), null],
    ['the organiser, for the presenting table', organiser, { tableId: 't2' }, presenting(1), null],
    ['another table’s host', host('t1'), { tableId: 't2' }, presenting(1), 'wrong-table'],
    ['an idea of another table', host('t2'), { tableId: 't3' }, presenting(1), 'wrong-table'],
    ['an unknown idea', organiser, 'unknown', presenting(1), 'unknown-idea'],
    ['outside the restitution', organiser, { tableId: 't2' }, vote, 'wrong-step'],
  ])('%s', (_name, actor, idea, stage, expected) => {
    expect(checkPresentedIdea(actor, idea, stage, TABLES)).toBe(expected);
  });
});

describe('presentedIdeaAfterMove', () => {
  it.each<[string, Stage, Stage, string | null]>([
    ['same table (a timer change, a restart)', presenting(1), presenting(1), 'i9'],
    ['the next table', presenting(1), presenting(2), null],
    ['out of the restitution', presenting(2), { kind: 'plenary', step: 'workstreams' }, null],
    ['back into it', vote, presenting(2), null],
  ])('%s', (_name, from, to, expected) => {
    expect(presentedIdeaAfterMove('i9', from, to, TABLES)).toBe(expected);
  });
});

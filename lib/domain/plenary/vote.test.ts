import { describe, expect, it } from 'vitest';
import type { Stage } from '@/lib/domain/session-machine';
import type { VoteStatus } from './plenary-types';
import {
  allocationOf,
  checkAllocation,
  closeVote,
  fullAllocation,
  moveDot,
  openVote,
  placedDots,
  replaceAllocation,
  setDots,
  voteProgress,
  voteStatusAfterMove,
  type Allocation,
  type AllocationChange,
  type Vote,
  type VoteErrorCode,
} from './vote';

const RULES = { dotsPerPerson: 5, maxDotsPerItem: 2 };
const ITEMS = ['w1', 'w2', 'w3', 'w4'];
const OPEN = { status: 'open', itemIds: ITEMS, rules: RULES } as const;
const refused = (code: VoteErrorCode): AllocationChange => ({ ok: false, code });
const v = (participantId: string, itemId: string, dots: number): Vote => ({ participantId, itemId, dots });

describe('setDots: exactly n dots on an item, checked as a whole allocation', () => {
  it.each<{ name: string; current: Allocation; itemId: string; dots: number; status?: VoteStatus; expected: AllocationChange }>([
    { name: 'a first dot', current: {}, itemId: 'w1', dots: 1, expected: { ok: true, allocation: { w1: 1 }, changes: [{ itemId: 'w1', dots: 1 }] } },
    {
      name: 'a second dot on the same item',
      current: { w1: 1 },
      itemId: 'w1',
      dots: 2,
      expected: { ok: true, allocation: { w1: 2 }, changes: [{ itemId: 'w1', dots: 2 }] },
    },
    {
      name: 'the same value again changes nothing (a retry)',
      current: { w1: 2 },
      itemId: 'w1',
      dots: 2,
      expected: { ok: true, allocation: { w1: 2 }, changes: [] },
    },
    {
      name: 'taking all back',
      current: { w1: 2, w2: 1 },
      itemId: 'w1',
      dots: 0,
      expected: { ok: true, allocation: { w2: 1 }, changes: [{ itemId: 'w1', dots: 0 }] },
    },
    { name: 'taking back what is not there changes nothing', current: {}, itemId: 'w3', dots: 0, expected: { ok: true, allocation: {}, changes: [] } },
    {
      name: 'the whole budget',
      current: { w1: 2, w2: 2 },
      itemId: 'w3',
      dots: 1,
      expected: { ok: true, allocation: { w1: 2, w2: 2, w3: 1 }, changes: [{ itemId: 'w3', dots: 1 }] },
    },
    { name: 'over the budget', current: { w1: 2, w2: 2 }, itemId: 'w3', dots: 2, expected: refused('over-budget') },
    { name: 'over the cap on one item', current: {}, itemId: 'w1', dots: 3, expected: refused('over-item-cap') },
    { name: 'an unknown item', current: {}, itemId: 'ghost', dots: 1, expected: refused('unknown-item') },
    { name: 'negative dots', current: { w1: 1 }, itemId: 'w1', dots: -1, expected: refused('bad-dots') },
    { name: 'half a dot', current: {}, itemId: 'w1', dots: 0.5, expected: refused('bad-dots') },
    { name: 'vote not started', current: {}, itemId: 'w1', dots: 1, status: 'not-started', expected: refused('vote-not-open') },
    { name: 'vote closed: not even taking back', current: { w1: 1 }, itemId: 'w1', dots: 0, status: 'closed', expected: refused('vote-not-open') },
  ])('$name', ({ current, itemId, dots, status = 'open', expected }) => {
    expect(setDots(current, itemId, dots, { ...OPEN, status })).toEqual(expected);
  });
});

describe('moveDot: one dot from an item to another, atomically', () => {
  it.each<{ name: string; current: Allocation; from: string; to: string; status?: VoteStatus; expected: AllocationChange }>([
    {
      name: 'to an empty item',
      current: { w1: 2 },
      from: 'w1',
      to: 'w2',
      expected: {
        ok: true,
        allocation: { w1: 1, w2: 1 },
        changes: [
          { itemId: 'w1', dots: 1 },
          { itemId: 'w2', dots: 1 },
        ],
      },
    },
    {
      name: 'the last dot of an item',
      current: { w1: 1, w2: 1 },
      from: 'w1',
      to: 'w2',
      expected: {
        ok: true,
        allocation: { w2: 2 },
        changes: [
          { itemId: 'w1', dots: 0 },
          { itemId: 'w2', dots: 2 },
        ],
      },
    },
    { name: 'onto an item at its cap', current: { w1: 1, w2: 2 }, from: 'w1', to: 'w2', expected: refused('over-item-cap') },
    { name: 'from an item without dots', current: { w2: 1 }, from: 'w1', to: 'w2', expected: refused('no-dot-to-move') },
    { name: 'to an unknown item', current: { w1: 1 }, from: 'w1', to: 'ghost', expected: refused('unknown-item') },
    { name: 'onto itself changes nothing', current: { w1: 2 }, from: 'w1', to: 'w1', expected: { ok: true, allocation: { w1: 2 }, changes: [] } },
    { name: 'after the close', current: { w1: 1 }, from: 'w1', to: 'w2', status: 'closed', expected: refused('vote-not-open') },
  ])('$name', ({ current, from, to, status = 'open', expected }) => {
    expect(moveDot(current, from, to, { ...OPEN, status })).toEqual(expected);
  });
});

describe('replaceAllocation: the whole allocation as a value', () => {
  it.each<{ name: string; current: Allocation; next: Allocation; expected: AllocationChange }>([
    {
      name: 'moves, adds and takes back at once; zeros are dropped',
      current: { w1: 2, w2: 1 },
      next: { w1: 0, w3: 2, w4: 1 },
      expected: {
        ok: true,
        allocation: { w3: 2, w4: 1 },
        changes: [
          { itemId: 'w1', dots: 0 },
          { itemId: 'w2', dots: 0 },
          { itemId: 'w3', dots: 2 },
          { itemId: 'w4', dots: 1 },
        ],
      },
    },
    {
      name: 'the same allocation again: no change',
      current: { w1: 2, w2: 1 },
      next: { w2: 1, w1: 2 },
      expected: { ok: true, allocation: { w1: 2, w2: 1 }, changes: [] },
    },
    { name: 'over the budget in total', current: {}, next: { w1: 2, w2: 2, w3: 2 }, expected: refused('over-budget') },
    { name: 'one item over its cap', current: {}, next: { w1: 3 }, expected: refused('over-item-cap') },
  ])('$name', ({ current, next, expected }) => {
    expect(replaceAllocation(current, next, OPEN)).toEqual(expected);
  });

  it('checkAllocation accepts an empty allocation while open', () => {
    expect(checkAllocation({}, OPEN)).toBeNull();
  });
});

describe('allocationOf and placedDots', () => {
  const votes = [v('ana', 'w1', 2), v('ben', 'w1', 1), v('ana', 'w2', 1), v('ana', 'w3', 0), v('ana', 'gone', 2)];
  it('reads one person’s dots, without zeros', () => {
    expect(allocationOf(votes, 'ana')).toEqual({ w1: 2, w2: 1, gone: 2 });
  });
  it('counts only dots on items that still exist', () => {
    expect(placedDots(allocationOf(votes, 'ana'), ITEMS)).toBe(3);
  });
});

describe('fullAllocation: "all their dots", when the items cannot hold the budget', () => {
  it.each([
    [5, 2, 4, 5],
    [5, 2, 3, 5],
    [5, 2, 2, 4],
    [5, 1, 3, 3],
    [5, 2, 0, 0],
    [20, 20, 1, 20],
  ])('%d dots, cap %d, %d items → %d', (dotsPerPerson, maxDotsPerItem, items, expected) => {
    expect(fullAllocation({ dotsPerPerson, maxDotsPerItem }, items)).toBe(expected);
  });
});

describe('voteProgress: "n of m have voted"', () => {
  const voters = ['ana', 'ben', 'cleo', 'dan'];
  it.each<{ name: string; votes: Vote[]; itemIds: string[]; expected: { voted: number; of: number } }>([
    { name: 'nobody yet', votes: [], itemIds: ITEMS, expected: { voted: 0, of: 4 } },
    {
      name: 'only those with all 5 dots placed',
      votes: [v('ana', 'w1', 2), v('ana', 'w2', 2), v('ana', 'w3', 1), v('ben', 'w1', 2), v('ben', 'w2', 2)],
      itemIds: ITEMS,
      expected: { voted: 1, of: 4 },
    },
    {
      name: 'two items capped at 2: 4 dots is all',
      votes: [v('ana', 'w1', 2), v('ana', 'w2', 2), v('ben', 'w1', 1)],
      itemIds: ['w1', 'w2'],
      expected: { voted: 1, of: 4 },
    },
    { name: 'dots on items that are gone do not count', votes: [v('ana', 'w1', 2), v('ana', 'gone', 2)], itemIds: ['w1', 'w2'], expected: { voted: 0, of: 4 } },
    {
      name: 'someone no longer among the voters is not counted',
      votes: [v('zed', 'w1', 2), v('zed', 'w2', 2)],
      itemIds: ['w1', 'w2'],
      expected: { voted: 0, of: 4 },
    },
    { name: 'nothing to vote on: nobody has voted', votes: [], itemIds: [], expected: { voted: 0, of: 4 } },
  ])('$name', ({ votes, itemIds, expected }) => {
    expect(voteProgress(votes, itemIds, RULES, voters)).toEqual(expected);
  });
});

describe('open → closed → reopened', () => {
  it.each<[string, () => unknown, unknown]>([
    ['open a vote not started', () => openVote('not-started', 3), { ok: true, status: 'open' }],
    ['reopen a closed vote', () => openVote('closed', 3), { ok: true, status: 'open' }],
    ['open an open vote', () => openVote('open', 3), { ok: false, code: 'vote-already-open' }],
    ['open with nothing to vote on', () => openVote('not-started', 0), { ok: false, code: 'no-items' }],
    ['close an open vote', () => closeVote('open'), { ok: true, status: 'closed' }],
    ['close a closed vote', () => closeVote('closed'), { ok: false, code: 'vote-not-open' }],
    ['close a vote not started', () => closeVote('not-started'), { ok: false, code: 'vote-not-open' }],
  ])('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('voteStatusAfterMove: the vote step opens and closes the vote', () => {
  const workstreams: Stage = { kind: 'plenary', step: 'workstreams' };
  const vote: Stage = { kind: 'plenary', step: 'vote' };
  const assessment: Stage = { kind: 'plenary', step: 'assessment' };
  const actions: Stage = { kind: 'plenary', step: 'actions' };
  const closed: Stage = { kind: 'closed' };
  it.each<[string, VoteStatus, Stage, Stage, number, VoteStatus]>([
    ['entering the vote step opens it', 'not-started', workstreams, vote, 3, 'open'],
    ['entering with nothing to vote on leaves it not started', 'not-started', workstreams, vote, 0, 'not-started'],
    ['entering again after a close keeps it closed (the organiser reopens)', 'closed', workstreams, vote, 3, 'closed'],
    ['moving on closes it', 'open', vote, assessment, 3, 'closed'],
    ['moving on past skipped steps closes it', 'open', vote, actions, 3, 'closed'],
    ['closing the café closes it', 'open', vote, closed, 3, 'closed'],
    ['going back leaves it open', 'open', vote, workstreams, 3, 'open'],
    ['a reopened vote at the assessment is left alone', 'open', assessment, actions, 3, 'open'],
  ])('%s', (_name, status, from, to, items, expected) => {
    expect(voteStatusAfterMove(status, from, to, items)).toBe(expected);
  });
});

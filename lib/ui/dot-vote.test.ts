import { describe, expect, it } from 'vitest';
import type { VoteStatus } from '@/lib/domain/plenary/plenary-types';
import { dotBudget, itemStepper, type AddBlock } from './dot-vote';

const rules = { dotsPerPerson: 5, maxDotsPerItem: 2 };
const items = ['a', 'b', 'c'];

describe('dotBudget', () => {
  it.each<[string, Record<string, number>, number, number]>([
    ['nothing placed', {}, 0, 5],
    ['two items', { a: 2, b: 1 }, 3, 2],
    ['all placed', { a: 2, b: 2, c: 1 }, 5, 0],
    ['dots on an item gone are given back', { a: 2, gone: 2 }, 2, 3],
    ['negative values count as none', { a: -1, b: 1 }, 1, 4],
  ])('%s', (_name, mine, placed, left) => {
    expect(dotBudget(rules, mine, items)).toEqual({ placed, left });
  });
});

describe('itemStepper', () => {
  it.each<[string, VoteStatus, Record<string, number>, string, number, AddBlock, boolean]>([
    ['open, empty item', 'open', {}, 'a', 0, null, false],
    ['one dot, one more allowed', 'open', { a: 1 }, 'a', 1, null, true],
    ['at the cap on this item', 'open', { a: 2 }, 'a', 2, 'over-item-cap', true],
    ['no dot left for another item', 'open', { a: 2, b: 2, c: 1 }, 'c', 1, 'over-budget', true],
    ['the cap is named before the budget', 'open', { a: 2, b: 2, c: 1 }, 'a', 2, 'over-item-cap', true],
    ['not started: nothing moves', 'not-started', {}, 'a', 0, 'vote-not-open', false],
    ['closed: not even taking back', 'closed', { a: 1 }, 'a', 1, 'vote-not-open', false],
  ])('%s', (_name, status, mine, item, dots, addBlock, canRemove) => {
    expect(itemStepper(rules, status, mine, items, item)).toEqual({ dots, addBlock, canRemove });
  });

  it('a cap of one dot per item blocks the second', () => {
    expect(itemStepper({ dotsPerPerson: 3, maxDotsPerItem: 1 }, 'open', { a: 1 }, items, 'a').addBlock).toBe('over-item-cap');
  });
});

import { describe, expect, it } from 'vitest';
import { rank, rankTotals } from './ranking';

const v = (participantId: string, itemId: string, dots: number) => ({ participantId, itemId, dots });

describe('rank', () => {
  it.each([
    {
      name: 'no votes: every item, rank 1, tied',
      items: ['a', 'b'],
      votes: [],
      expected: [
        ['a', 0, 1, true],
        ['b', 0, 1, true],
      ],
    },
    {
      name: 'most dots first, voters counted once per item',
      items: ['a', 'b', 'c'],
      votes: [v('p1', 'b', 2), v('p2', 'b', 1), v('p1', 'c', 1)],
      expected: [
        ['b', 3, 1, false],
        ['c', 1, 2, false],
        ['a', 0, 3, false],
      ],
    },
    {
      name: 'ties share a rank and the next rank skips',
      items: ['a', 'b', 'c', 'd'],
      votes: [v('p1', 'a', 2), v('p2', 'b', 2), v('p3', 'c', 3)],
      expected: [
        ['c', 3, 1, false],
        ['a', 2, 2, true],
        ['b', 2, 2, true],
        ['d', 0, 4, false],
      ],
    },
    { name: 'votes for unknown items and zero dots are ignored', items: ['a'], votes: [v('p1', 'x', 2), v('p1', 'a', 0)], expected: [['a', 0, 1, false]] },
  ])('$name', ({ items, votes, expected }) => {
    expect(rank(items, votes).map((r) => [r.itemId, r.dots, r.rank, r.tied])).toEqual(expected);
  });

  it('counts the voters of an item', () => {
    expect(rank(['a'], [v('p1', 'a', 2), v('p2', 'a', 1)])[0]).toMatchObject({ dots: 3, voters: 2 });
  });
});

describe('rankTotals', () => {
  it.each([
    {
      name: 'totals summed elsewhere rank as the votes would',
      items: ['a', 'b', 'c'],
      totals: { b: [3, 2], c: [1, 1] },
      expected: [
        ['b', 3, 2, 1, false],
        ['c', 1, 1, 2, false],
        ['a', 0, 0, 3, false],
      ],
    },
    {
      name: "an item without totals has none; ties keep the items' order",
      items: ['x', 'y', 'z'],
      totals: { z: [2, 1], x: [2, 2] },
      expected: [
        ['x', 2, 2, 1, true],
        ['z', 2, 1, 1, true],
        ['y', 0, 0, 3, false],
      ],
    },
    { name: 'totals of items not listed are left out', items: ['a'], totals: { gone: [5, 3] }, expected: [['a', 0, 0, 1, false]] },
  ])('$name', ({ items, totals, expected }) => {
    const map = new Map(Object.entries(totals).map(([id, [dots, voters]]) => [id, { dots: dots!, voters: voters! }]));
    expect(rankTotals(items, map).map((r) => [r.itemId, r.dots, r.voters, r.rank, r.tied])).toEqual(expected);
  });
});

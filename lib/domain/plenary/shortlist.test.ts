import { describe, expect, it } from 'vitest';
import type { RankedItem } from './ranking';
import { pickShortlist, suggestFromVotes, suggestShortlist, visibleRanking } from './shortlist';

/** A ranking from dots per item, in the given order (ranks as `rank` computes them). */
function ranking(dots: Record<string, number>): RankedItem[] {
  const entries = Object.entries(dots);
  return entries.map(([itemId, d]) => ({
    itemId,
    dots: d,
    voters: d,
    rank: 1 + entries.filter(([, other]) => other > d).length,
    tied: entries.filter(([, other]) => other === d).length > 1,
  }));
}

describe('suggestShortlist: top N, ties at the cut kept, no dots never', () => {
  it.each<[string, Record<string, number>, number, string[]]>([
    ['the top 3', { a: 9, b: 7, c: 5, d: 2 }, 3, ['a', 'b', 'c']],
    ['a tie at the cut keeps both', { a: 9, b: 7, c: 5, d: 5, e: 1 }, 3, ['a', 'b', 'c', 'd']],
    ['a tie above the cut changes nothing', { a: 9, b: 9, c: 5, d: 2 }, 3, ['a', 'b', 'c']],
    ['a tie straddling the cut keeps the whole group', { a: 9, b: 5, c: 5, d: 5, e: 1 }, 2, ['a', 'b', 'c', 'd']],
    ['items without dots are never suggested', { a: 3, b: 0, c: 0 }, 3, ['a']],
    ['nobody voted: nothing suggested', { a: 0, b: 0 }, 6, []],
    ['fewer items than N', { a: 3, b: 1 }, 6, ['a', 'b']],
  ])('%s', (_name, dots, size, expected) => {
    expect(suggestShortlist(ranking(dots), size)).toEqual(expected);
  });

  it('a tie that would pass 30 items is left out whole', () => {
    const dots: Record<string, number> = { top1: 10, top2: 9 };
    for (let i = 0; i < 40; i++) dots[`tied${i}`] = 3;
    expect(suggestShortlist(ranking(dots), 6)).toEqual(['top1', 'top2']);
  });
});

describe('visibleRanking and suggestFromVotes: nothing before the close', () => {
  const votes = [
    { participantId: 'ana', itemId: 'b', dots: 2 },
    { participantId: 'ben', itemId: 'a', dots: 1 },
  ];
  it.each([
    ['not started', 'not-started', null],
    ['open', 'open', null],
    ['closed', 'closed', ['b', 'a']],
  ] as const)('%s', (_name, status, expected) => {
    expect(visibleRanking(status, ['a', 'b'], votes)?.map((r) => r.itemId) ?? null).toEqual(expected);
    expect(suggestFromVotes(status, ['a', 'b'], votes, 6)).toEqual(expected ? { ok: true, itemIds: expected } : { ok: false, code: 'vote-not-closed' });
  });
});

describe('pickShortlist: the organiser’s pick', () => {
  it.each<[string, string[], unknown]>([
    [
      'in the order given',
      ['c', 'a'],
      {
        ok: true,
        shortlist: [
          { itemId: 'c', position: 0 },
          { itemId: 'a', position: 1 },
        ],
      },
    ],
    ['empty clears it', [], { ok: true, shortlist: [] }],
    ['an unknown item', ['a', 'ghost'], { ok: false, code: 'unknown-item' }],
    ['twice the same', ['a', 'a'], { ok: false, code: 'duplicate-item' }],
  ])('%s', (_name, itemIds, expected) => {
    expect(pickShortlist(itemIds, ['a', 'b', 'c'])).toEqual(expected);
  });

  it('at most 30', () => {
    const many = Array.from({ length: 31 }, (_, i) => `i${i}`);
    expect(pickShortlist(many, many)).toEqual({ ok: false, code: 'too-many' });
    expect(pickShortlist(many.slice(0, 30), many).ok).toBe(true);
  });
});

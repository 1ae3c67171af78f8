import { describe, expect, it } from 'vitest';
import type { PlenaryItem, RankedItemView } from '@/lib/realtime/contract';
import { rankingBars, topBars } from './ranking-bars';

const item = (id: string): PlenaryItem => ({ id, kind: 'idea', label: `Idea ${id}`, table: 1, round: 0 });
const row = (itemId: string, dots: number, rank: number, tied = false): RankedItemView => ({ itemId, dots, voters: dots, rank, tied });

describe('rankingBars', () => {
  it.each<[string, RankedItemView[], PlenaryItem[], [string, number, number, boolean][]]>([
    [
      'lengths relative to the most dots',
      [row('a', 8, 1), row('b', 4, 2), row('c', 0, 3)],
      [item('a'), item('b'), item('c')],
      [
        ['a', 1, 1, false],
        ['b', 0.5, 2, false],
        ['c', 0, 3, false],
      ],
    ],
    [
      'ties keep their shared rank and mark',
      [row('a', 3, 1), row('b', 2, 2, true), row('c', 2, 2, true), row('d', 1, 4)],
      ['a', 'b', 'c', 'd'].map(item),
      [
        ['a', 1, 1, false],
        ['b', 2 / 3, 2, true],
        ['c', 2 / 3, 2, true],
        ['d', 1 / 3, 4, false],
      ],
    ],
    [
      'nobody voted: every bar empty',
      [row('a', 0, 1, true), row('b', 0, 1, true)],
      [item('a'), item('b')],
      [
        ['a', 0, 1, true],
        ['b', 0, 1, true],
      ],
    ],
    ['an item no longer known is left out', [row('a', 2, 1), row('gone', 1, 2)], [item('a')], [['a', 1, 1, false]]],
    ['no ranking', [], [item('a')], []],
  ])('%s', (_name, ranking, items, expected) => {
    expect(rankingBars(ranking, items).map((bar) => [bar.itemId, bar.fraction, bar.rank, bar.tied])).toEqual(expected);
  });

  it('carries the label, dots and voters', () => {
    expect(rankingBars([{ itemId: 'a', dots: 5, voters: 3, rank: 1, tied: false }], [item('a')])[0]).toMatchObject({ label: 'Idea a', dots: 5, voters: 3 });
  });
});

describe('topBars', () => {
  const bars = (rows: [string, number, number][]) =>
    rankingBars(
      rows.map(([id, dots, rank]) => ({ itemId: id, dots, voters: dots, rank, tied: false })),
      rows.map(([id]) => item(id)),
    );
  it.each<[string, [string, number, number][], number, string[], number]>([
    [
      'fewer than the most',
      [
        ['a', 3, 1],
        ['b', 1, 2],
      ],
      5,
      ['a', 'b'],
      0,
    ],
    [
      'cut at the most',
      [
        ['a', 3, 1],
        ['b', 2, 2],
        ['c', 1, 3],
      ],
      2,
      ['a', 'b'],
      1,
    ],
    [
      'a tie at the cut is kept whole',
      [
        ['a', 3, 1],
        ['b', 2, 2],
        ['c', 2, 2],
        ['d', 1, 4],
      ],
      2,
      ['a', 'b', 'c'],
      1,
    ],
    [
      'items without a dot are left out',
      [
        ['a', 3, 1],
        ['b', 0, 2],
        ['c', 0, 2],
      ],
      5,
      ['a'],
      2,
    ],
    [
      'nobody voted',
      [
        ['a', 0, 1],
        ['b', 0, 1],
      ],
      5,
      [],
      2,
    ],
  ])('%s', (_name, rows, max, shown, hidden) => {
    const top = topBars(bars(rows), max);
    expect([top.shown.map((bar) => bar.itemId), top.hidden]).toEqual([shown, hidden]);
  });
});

import { describe, expect, it } from 'vitest';
import { fillTables } from './fill-tables';

describe('fillTables', () => {
  it.each([
    ['no tables', [], ['a'], []],
    ['nobody to seat', [{ tableId: 't1', seated: 0 }], [], []],
    [
      'even spread from empty',
      [
        { tableId: 't1', seated: 0 },
        { tableId: 't2', seated: 0 },
      ],
      ['a', 'b', 'c'],
      [
        ['a', 't1'],
        ['b', 't2'],
        ['c', 't1'],
      ],
    ],
    [
      'the smallest first',
      [
        { tableId: 't1', seated: 3 },
        { tableId: 't2', seated: 1 },
        { tableId: 't3', seated: 2 },
      ],
      ['a', 'b', 'c'],
      [
        ['a', 't2'],
        ['b', 't2'],
        ['c', 't3'],
      ],
    ],
    [
      'ties go to the lowest table',
      [
        { tableId: 't1', seated: 2 },
        { tableId: 't2', seated: 2 },
      ],
      ['a'],
      [['a', 't1']],
    ],
    [
      'one table takes everyone',
      [{ tableId: 't1', seated: 5 }],
      ['a', 'b'],
      [
        ['a', 't1'],
        ['b', 't1'],
      ],
    ],
    [
      'a full table is skipped while another has room',
      [
        { tableId: 't1', seated: 2, max: 2 },
        { tableId: 't2', seated: 3, max: 5 },
      ],
      ['a', 'b'],
      [
        ['a', 't2'],
        ['b', 't2'],
      ],
    ],
    [
      'a table over its maximum takes nobody while another has room',
      [
        { tableId: 't1', seated: 6, max: 4 },
        { tableId: 't2', seated: 4, max: 5 },
        { tableId: 't3', seated: 1 },
      ],
      ['a', 'b'],
      [
        ['a', 't3'],
        ['b', 't3'],
      ],
    ],
    [
      'up to the maximum, then the smallest anyway',
      [
        { tableId: 't1', seated: 3, max: 4 },
        { tableId: 't2', seated: 4, max: 4 },
      ],
      ['a', 'b', 'c'],
      [
        ['a', 't1'],
        ['b', 't1'],
        ['c', 't2'],
      ],
    ],
    [
      'null is no maximum',
      [
        { tableId: 't1', seated: 2, max: null },
        { tableId: 't2', seated: 1, max: 1 },
      ],
      ['a'],
      [['a', 't1']],
    ],
  ] as const)('%s', (_name, tables, unseated, expected) => {
    expect(fillTables(tables, unseated)).toEqual(expected.map(([participantId, tableId]) => ({ participantId, tableId })));
  });

  it.each([
    [12, 3, 4, 0],
    [13, 3, 4, 1],
    [20, 3, 4, 8],
  ])('seats all %i people at %i tables of at most %i (%i beyond the maximum)', (people, count, max, beyond) => {
    const tables = Array.from({ length: count }, (_, i) => ({ tableId: `t${i}`, seated: 0, max }));
    const seats = fillTables(
      tables,
      Array.from({ length: people }, (_, i) => `p${i}`),
    );
    expect(seats).toHaveLength(people);
    const sizes = tables.map((t) => seats.filter((s) => s.tableId === t.tableId).length);
    expect(sizes.reduce((sum, n) => sum + Math.max(0, n - max), 0)).toBe(beyond);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('leaves table sizes differing by at most one when starting balanced', () => {
    const seats = fillTables(
      [
        { tableId: 'a', seated: 1 },
        { tableId: 'b', seated: 1 },
        { tableId: 'c', seated: 1 },
      ],
      Array.from({ length: 20 }, (_, i) => `p${i}`),
    );
    const counts = ['a', 'b', 'c'].map((t) => seats.filter((s) => s.tableId === t).length + 1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});

import { describe, expect, it } from 'vitest';
import { fillTables } from './fill-tables';

describe('fillTables', () => {
  it.each([
    ['no tables', [], ['a'], []],
    ['nobody to seat', [{ tableId: 't1', seated: 0 }], [], []],
    ['even spread from empty', [{ tableId: 't1', seated: 0 }, { tableId: 't2', seated: 0 }], ['a', 'b', 'c'], [['a', 't1'], ['b', 't2'], ['c', 't1']]],
    ['the smallest first', [{ tableId: 't1', seated: 3 }, { tableId: 't2', seated: 1 }, { tableId: 't3', seated: 2 }], ['a', 'b', 'c'], [['a', 't2'], ['b', 't2'], ['c', 't3']]],
    ['ties go to the lowest table', [{ tableId: 't1', seated: 2 }, { tableId: 't2', seated: 2 }], ['a'], [['a', 't1']]],
    ['one table takes everyone', [{ tableId: 't1', seated: 5 }], ['a', 'b'], [['a', 't1'], ['b', 't1']]],
  ] as const)('%s', (_name, tables, unseated, expected) => {
    expect(fillTables(tables, unseated)).toEqual(expected.map(([participantId, tableId]) => ({ participantId, tableId })));
  });

  it('leaves table sizes differing by at most one when starting balanced', () => {
    const seats = fillTables([{ tableId: 'a', seated: 1 }, { tableId: 'b', seated: 1 }, { tableId: 'c', seated: 1 }], Array.from({ length: 20 }, (_, i) => `p${i}`));
    const counts = ['a', 'b', 'c'].map((t) => seats.filter((s) => s.tableId === t).length + 1);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });
});

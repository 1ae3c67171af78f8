import { describe, expect, it } from 'vitest';
import type { BoardIdea, PlenaryBoard } from '@/lib/realtime/contract';
import { NO_FILTER, boardColumns, foldText, ideasShownOnProjector, movedOrder, sameIdeaMarks, splitSource, type BoardFilter } from './workstream-board';

const table = (n: number, colour: 'red' | 'blue' | 'green') => ({ id: `t${n}`, number: n, name: `Table ${n}`, colour, hostName: null });
const idea = (id: string, text: string, tableId: string, workstreamId: string | null = null, sameAsId: string | null = null): BoardIdea => ({
  id,
  text,
  tableId,
  round: 0,
  workstreamId,
  sameAsId,
});

const board: PlenaryBoard = {
  tables: [table(1, 'red'), table(2, 'blue'), table(3, 'green')],
  workstreams: [
    { id: 'w-b', name: 'Transport', position: 1 },
    { id: 'w-a', name: 'Écoles', position: 0 },
  ],
  ideas: [
    idea('i1', 'Bike lanes on the main road', 't1', 'w-b'),
    idea('i2', 'Une école ouverte le samedi', 't1', 'w-a'),
    idea('i3', 'More buses at night', 't2'),
    idea('i4', 'Safe cycling paths', 't2', 'w-b', 'i1'),
    idea('i5', 'Cantine bio', 't3'),
    idea('i6', 'Orphan of a deleted idea', 't3', null, 'gone'),
  ],
};

const summary = (filter: BoardFilter) =>
  boardColumns(board, filter).map((column) => [
    column.workstream?.name ?? '—',
    column.ideaCount,
    column.entries.map((e) => [e.id, ...e.same.map((s) => s.id)].join('+')),
  ]);

describe('boardColumns', () => {
  it.each<[string, BoardFilter, ReturnType<typeof summary>]>([
    [
      'everything: not grouped first, then workstreams by position, same ideas under their first',
      NO_FILTER,
      [
        ['—', 3, ['i3', 'i5', 'i6']],
        ['Écoles', 1, ['i2']],
        ['Transport', 2, ['i1+i4']],
      ],
    ],
    [
      'words, without accents or case, also in the lineage',
      { words: 'CYCLING', tableId: null },
      [
        ['—', 3, []],
        ['Écoles', 1, []],
        ['Transport', 2, ['i1+i4']],
      ],
    ],
    [
      'an accented word found without its accent',
      { words: 'ecole samedi', tableId: null },
      [
        ['—', 3, []],
        ['Écoles', 1, ['i2']],
        ['Transport', 2, []],
      ],
    ],
    [
      'a table: entries with one of its ideas',
      { words: '', tableId: 't2' },
      [
        ['—', 3, ['i3']],
        ['Écoles', 1, []],
        ['Transport', 2, ['i1+i4']],
      ],
    ],
    [
      'words and a table together',
      { words: 'bus', tableId: 't1' },
      [
        ['—', 3, []],
        ['Écoles', 1, []],
        ['Transport', 2, []],
      ],
    ],
  ])('%s', (_name, filter, expected) => {
    expect(summary(filter)).toEqual(expected);
  });

  it('names each idea’s table', () => {
    const [, , transport] = boardColumns(board);
    expect(transport?.entries[0]?.table?.number).toBe(1);
    expect(transport?.entries[0]?.same[0]?.table?.colour).toBe('blue');
  });
});

describe('foldText', () => {
  it.each([
    ['Écoles', 'ecoles'],
    ['Bien-Être', 'bien-etre'],
    ['ÇA', 'ca'],
  ])('%s → %s', (text, expected) => {
    expect(foldText(text)).toBe(expected);
  });
});

describe('movedOrder', () => {
  it.each<[string, string, -1 | 1, string[]]>([
    ['down', 'a', 1, ['b', 'a', 'c']],
    ['up', 'c', -1, ['a', 'c', 'b']],
    ['up from the top stays', 'a', -1, ['a', 'b', 'c']],
    ['down from the bottom stays', 'c', 1, ['a', 'b', 'c']],
    ['unknown stays', 'x', 1, ['a', 'b', 'c']],
  ])('%s', (_name, id, by, expected) => {
    expect(movedOrder(['a', 'b', 'c'], id, by)).toEqual(expected);
  });
});

describe('sameIdeaMarks', () => {
  it.each<[string, string[], { ideaId: string; sameAsId: string }[]]>([
    ['two: the later one joins the earlier', ['i5', 'i3'], [{ ideaId: 'i5', sameAsId: 'i3' }]],
    [
      'three',
      ['i5', 'i2', 'i3'],
      [
        { ideaId: 'i3', sameAsId: 'i2' },
        { ideaId: 'i5', sameAsId: 'i2' },
      ],
    ],
    ['one: nothing', ['i3'], []],
    ['none: nothing', [], []],
  ])('%s', (_name, chosen, expected) => {
    expect(sameIdeaMarks(chosen, board)).toEqual(expected);
  });
});

describe('splitSource', () => {
  it.each<[string, string[], string | null]>([
    ['all in one workstream', ['i1'], 'w-b'],
    ['in two workstreams', ['i1', 'i2'], null],
    ['not grouped', ['i3'], null],
    ['nothing chosen', [], null],
  ])('%s', (_name, chosen, expected) => {
    expect(splitSource(chosen, board)).toBe(expected);
  });
});

describe('ideasShownOnProjector', () => {
  it.each([
    [0, 6],
    [3, 6],
    [4, 4],
    [6, 4],
    [7, 2],
    [10, 1],
    [12, 1],
    [13, 0],
    [60, 0],
  ])('%s workstreams: %s ideas each', (workstreams, shown) => {
    expect(ideasShownOnProjector(workstreams)).toBe(shown);
  });
});

import { describe, expect, it } from 'vitest';
import { ideaLineage, type LineageError, type SourceNote } from './idea-lineage';

const note = (id: string, authorId: string, tableId: string, round: number): SourceNote => ({ id, authorId, tableId, round });

/** Table t1 in round 0 holds n1–n4 (Ana twice); n5 is at t2, n6 in round 1, n7 at t2 in round 1. */
const NOTES = new Map(
  [
    note('n1', 'ana', 't1', 0),
    note('n2', 'ben', 't1', 0),
    note('n3', 'ana', 't1', 0),
    note('n4', 'cleo', 't1', 0),
    note('n5', 'dan', 't2', 0),
    note('n6', 'ben', 't1', 1),
    note('n7', 'eve', 't2', 1),
  ].map((n) => [n.id, n]),
);
const T1_R0 = { tableId: 't1', round: 0 };

type Expected =
  { ok: true; lineage: { round: number; tableId: string; noteIds: string[]; authorIds: string[] } } | { ok: false; code: LineageError; noteId: string };
const lineage = (at: { tableId: string; round: number }, noteIds: string[], authorIds: string[]): Expected => ({
  ok: true,
  lineage: { ...at, noteIds, authorIds },
});
const refused = (code: LineageError, noteId: string): Expected => ({ ok: false, code, noteId });

describe('ideaLineage', () => {
  it.each<{ name: string; noteIds: string[]; at?: { tableId: string; round: number }; anonymous?: boolean; expected: Expected }>([
    // merges
    { name: 'one note', noteIds: ['n2'], expected: lineage(T1_R0, ['n2'], ['ben']) },
    { name: 'two notes: authors in note order, not sorted', noteIds: ['n2', 'n1'], expected: lineage(T1_R0, ['n2', 'n1'], ['ben', 'ana']) },
    {
      name: 'several notes: an author of two notes listed once',
      noteIds: ['n1', 'n2', 'n3', 'n4'],
      expected: lineage(T1_R0, ['n1', 'n2', 'n3', 'n4'], ['ana', 'ben', 'cleo']),
    },
    {
      name: 'several notes: an author listed where first met',
      noteIds: ['n3', 'n4', 'n1', 'n2'],
      expected: lineage(T1_R0, ['n3', 'n4', 'n1', 'n2'], ['ana', 'cleo', 'ben']),
    },
    {
      name: 'a note id given twice is kept once, where first given',
      noteIds: ['n2', 'n1', 'n2', 'n1'],
      expected: lineage(T1_R0, ['n2', 'n1'], ['ben', 'ana']),
    },
    { name: 'the same note only', noteIds: ['n4', 'n4', 'n4'], expected: lineage(T1_R0, ['n4'], ['cleo']) },
    {
      name: 'another table and round, its own notes',
      noteIds: ['n7'],
      at: { tableId: 't2', round: 1 },
      expected: lineage({ tableId: 't2', round: 1 }, ['n7'], ['eve']),
    },
    { name: 'written from scratch: no notes, no authors', noteIds: [], expected: lineage(T1_R0, [], []) },
    // anonymous session
    { name: 'anonymous: one note, no authors', noteIds: ['n2'], anonymous: true, expected: lineage(T1_R0, ['n2'], []) },
    {
      name: 'anonymous: several notes and a duplicate, no authors',
      noteIds: ['n1', 'n2', 'n3', 'n1'],
      anonymous: true,
      expected: lineage(T1_R0, ['n1', 'n2', 'n3'], []),
    },
    { name: 'anonymous: from scratch', noteIds: [], anonymous: true, expected: lineage(T1_R0, [], []) },
    // refusals name the first offending note, in the order given
    { name: 'a note of another table', noteIds: ['n5'], expected: refused('other-table', 'n5') },
    { name: 'a note of another round', noteIds: ['n6'], expected: refused('other-round', 'n6') },
    { name: 'an unknown note', noteIds: ['zz'], expected: refused('unknown-note', 'zz') },
    { name: 'another table and another round: the table is checked first', noteIds: ['n7'], expected: refused('other-table', 'n7') },
    { name: 'good notes before a bad one', noteIds: ['n1', 'n2', 'n5'], expected: refused('other-table', 'n5') },
    { name: 'two bad notes: other-table first', noteIds: ['n5', 'n6'], expected: refused('other-table', 'n5') },
    { name: 'two bad notes: other-round first', noteIds: ['n6', 'n5'], expected: refused('other-round', 'n6') },
    { name: 'unknown among good and bad', noteIds: ['n1', 'zz', 'n5'], expected: refused('unknown-note', 'zz') },
    { name: 'the empty id is unknown', noteIds: [''], expected: refused('unknown-note', '') },
    { name: 'a round-0 note for round 1', noteIds: ['n6', 'n2'], at: { tableId: 't1', round: 1 }, expected: refused('other-round', 'n2') },
    { name: 'anonymous: refused the same way', noteIds: ['n1', 'n6'], anonymous: true, expected: refused('other-round', 'n6') },
  ])('$name', ({ noteIds, at = T1_R0, anonymous = false, expected }) => {
    expect(ideaLineage(noteIds, NOTES, at, anonymous)).toEqual(expected);
  });

  it('leaves the ids it was given alone', () => {
    const noteIds = ['n2', 'n1', 'n2'];
    ideaLineage(noteIds, NOTES, T1_R0, false);
    expect(noteIds).toEqual(['n2', 'n1', 'n2']);
  });
});

import { describe, expect, it } from 'vitest';
import type { IdeaView, NoteView } from '@/lib/realtime/contract';
import { afterMerge, notesToMerge } from './consolidation-notes';

const note = (id: string, plusOnes = 0): NoteView => ({ id, text: id, authorId: null, authorName: null, plusOnes });
const idea = (id: string, position: number, sourceNoteIds: string[]): IdeaView => ({
  id,
  text: id,
  round: 0,
  position,
  sourceNoteIds,
  authorNames: [],
  plusOnes: 0,
});

describe('notesToMerge', () => {
  it.each<[string, NoteView[], IdeaView[], [string, number[]][]]>([
    ['no notes', [], [], []],
    [
      'no +1 yet: in the order shared, nothing merged',
      [note('a'), note('b'), note('c')],
      [],
      [
        ['a', []],
        ['b', []],
        ['c', []],
      ],
    ],
    [
      'the most +1 first',
      [note('a', 1), note('b', 3), note('c', 2)],
      [],
      [
        ['b', []],
        ['c', []],
        ['a', []],
      ],
    ],
    [
      'ties keep the order shared',
      [note('a', 2), note('b'), note('c', 2)],
      [],
      [
        ['a', []],
        ['c', []],
        ['b', []],
      ],
    ],
    [
      'marked with the ideas they went into, numbered as the list of ideas shows them',
      [note('a'), note('b'), note('c')],
      [idea('second', 1, ['b']), idea('first', 0, ['a', 'b'])],
      [
        ['a', [1]],
        ['b', [1, 2]],
        ['c', []],
      ],
    ],
    ['an idea written from scratch marks nothing', [note('a')], [idea('x', 0, [])], [['a', []]]],
  ])('%s', (_name, notes, ideas, expected) => {
    expect(notesToMerge(notes, ideas).map((n) => [n.id, n.inIdeas])).toEqual(expected);
  });
});

describe('afterMerge', () => {
  it.each<[string, string[], string[], string[]]>([
    ['the merged notes are unticked', ['a', 'b'], ['a', 'b'], []],
    ['a note ticked while the idea was being saved stays ticked', ['a', 'b', 'c'], ['a', 'b'], ['c']],
    ['an idea from scratch unticks nothing', ['c'], [], ['c']],
  ])('%s', (_name, selected, merged, expected) => {
    expect([...afterMerge(new Set(selected), merged)].sort()).toEqual(expected);
  });
});

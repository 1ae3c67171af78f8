import { describe, expect, it } from 'vitest';
import type { PlenaryItem } from '@/lib/realtime/contract';
import { addableItems, movedItem, pickedItems, withItem, withoutItem } from './shortlist-pick';

const item = (id: string): PlenaryItem => ({ id, kind: 'workstream', label: id.toUpperCase(), table: null, round: null });
const items = ['a', 'b', 'c', 'd'].map(item);

describe('pickedItems and addableItems', () => {
  it.each<[string, string[], string[], string[]]>([
    ['empty pick', [], [], ['a', 'b', 'c', 'd']],
    ['the pick keeps its order', ['c', 'a'], ['c', 'a'], ['b', 'd']],
    ['an item gone is left out', ['gone', 'b'], ['b'], ['a', 'c', 'd']],
  ])('%s', (_name, shortlist, picked, addable) => {
    expect(pickedItems(shortlist, items).map((i) => i.id)).toEqual(picked);
    expect(addableItems(shortlist, items).map((i) => i.id)).toEqual(addable);
  });
});

describe('editing the pick', () => {
  it.each<[string, () => string[], string[]]>([
    ['add at the end', () => withItem(['a'], 'c'), ['a', 'c']],
    ['add twice: once', () => withItem(['a', 'c'], 'c'), ['a', 'c']],
    ['remove', () => withoutItem(['a', 'b', 'c'], 'b'), ['a', 'c']],
    ['remove an item not there', () => withoutItem(['a'], 'z'), ['a']],
    ['move up', () => movedItem(['a', 'b', 'c'], 'c', -1), ['a', 'c', 'b']],
    ['move down', () => movedItem(['a', 'b', 'c'], 'a', 1), ['b', 'a', 'c']],
    ['the first cannot go up', () => movedItem(['a', 'b'], 'a', -1), ['a', 'b']],
    ['the last cannot go down', () => movedItem(['a', 'b'], 'b', 1), ['a', 'b']],
    ['an unknown item does not move', () => movedItem(['a', 'b'], 'z', 1), ['a', 'b']],
  ])('%s', (_name, edit, expected) => {
    expect(edit()).toEqual(expected);
  });
});

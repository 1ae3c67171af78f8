import { describe, expect, it } from 'vitest';
import type { RestitutionView } from '@/lib/realtime/contract';
import { pager, presentedIdeas, type Pager } from './restitution-pager';

const view = (
  highlightedIdeaId: string | null,
  rounds: RestitutionView['rounds'] = [
    {
      round: 0,
      ideas: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    },
    { round: 2, ideas: [{ id: 'c', text: 'C' }] },
  ],
): RestitutionView => ({ table: { id: 't', number: 1, name: 'Table 1', colour: 'red', hostName: null }, rounds, highlightedIdeaId });

describe('presentedIdeas', () => {
  it('flattens the rounds in order, each idea with its round', () => {
    expect(presentedIdeas(view(null))).toEqual([
      { id: 'a', text: 'A', round: 0 },
      { id: 'b', text: 'B', round: 0 },
      { id: 'c', text: 'C', round: 2 },
    ]);
  });
});

describe('pager', () => {
  it.each<[string, RestitutionView, Pager]>([
    ['nothing shown: next is the first', view(null), { index: null, total: 3, previous: null, next: 'a' }],
    ['the first', view('a'), { index: 0, total: 3, previous: null, next: 'b' }],
    ['across rounds', view('b'), { index: 1, total: 3, previous: 'a', next: 'c' }],
    ['the last', view('c'), { index: 2, total: 3, previous: 'b', next: null }],
    ['an idea no longer there counts as none', view('gone'), { index: null, total: 3, previous: null, next: 'a' }],
    ['no ideas', view(null, []), { index: null, total: 0, previous: null, next: null }],
  ])('%s', (_name, restitution, expected) => {
    expect(pager(restitution)).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import {
  createWorkstream,
  itemsOf,
  lineageOf,
  markSame,
  mergeWorkstreams,
  placeIdeas,
  renameWorkstream,
  reorderWorkstreams,
  rootOf,
  splitWorkstream,
  unmarkSame,
  workstreamName,
  workstreamOf,
  WORKSTREAMS_MAX,
  type Placement,
  type Workstream,
} from './workstreams';

const IDEAS = ['i1', 'i2', 'i3', 'i4', 'i5'];
const WS: Workstream[] = [
  { id: 'mob', name: 'Mobility', position: 0 },
  { id: 'food', name: 'Food', position: 1 },
];
const p = (ideaId: string, workstreamId: string | null, sameAsId: string | null = null): Placement => ({ ideaId, workstreamId, sameAsId });
/** i1, i2 in mobility, i3 the same as i1; i4 in food; i5 unplaced. */
const PLACED: Placement[] = [p('i1', 'mob'), p('i2', 'mob'), p('i3', 'mob', 'i1'), p('i4', 'food')];

describe('workstreamName', () => {
  it.each([
    ['  Vélo  et   marche ', 'Vélo et marche'],
    ['', null],
    ['   ', null],
    ['x'.repeat(80), 'x'.repeat(80)],
    ['x'.repeat(81), null],
  ])('%j → %j', (name, expected) => {
    expect(workstreamName(name)).toBe(expected);
  });
});

describe('create, rename, reorder', () => {
  it.each<[string, () => unknown, unknown]>([
    ['create at the end', () => createWorkstream(WS, 'energy', ' Energy '), { ok: true, workstream: { id: 'energy', name: 'Energy', position: 2 } }],
    ['create the first', () => createWorkstream([], 'a', 'A'), { ok: true, workstream: { id: 'a', name: 'A', position: 0 } }],
    ['create with an empty name', () => createWorkstream(WS, 'energy', ' '), { ok: false, code: 'bad-name' }],
    ['create with a used id', () => createWorkstream(WS, 'mob', 'Again'), { ok: false, code: 'duplicate-id' }],
    [
      'create past the limit',
      () =>
        createWorkstream(
          Array.from({ length: WORKSTREAMS_MAX }, (_, i) => ({ id: `w${i}`, name: 'W', position: i })),
          'one-more',
          'W',
        ),
      { ok: false, code: 'too-many' },
    ],
    ['rename', () => renameWorkstream(WS, 'food', 'Food and drink'), { ok: true, workstream: { id: 'food', name: 'Food and drink', position: 1 } }],
    ['rename an unknown one', () => renameWorkstream(WS, 'ghost', 'X'), { ok: false, code: 'unknown-workstream' }],
    ['rename to nothing', () => renameWorkstream(WS, 'food', ''), { ok: false, code: 'bad-name' }],
    [
      'reorder',
      () => reorderWorkstreams(WS, ['food', 'mob']),
      {
        ok: true,
        workstreams: [
          { id: 'food', name: 'Food', position: 0 },
          { id: 'mob', name: 'Mobility', position: 1 },
        ],
      },
    ],
    ['reorder a list that changed meanwhile', () => reorderWorkstreams(WS, ['food']), { ok: false, code: 'conflict' }],
    ['reorder with a repeat', () => reorderWorkstreams(WS, ['food', 'food']), { ok: false, code: 'conflict' }],
  ])('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('same idea: roots, lineage and workstream', () => {
  it.each<[string, string, string, string[], string | null]>([
    ['a root is its own item', 'i1', 'i1', ['i1', 'i3'], 'mob'],
    ['a member points to its root', 'i3', 'i1', ['i1', 'i3'], 'mob'],
    ['an unplaced idea', 'i5', 'i5', ['i5'], null],
  ])('%s', (_name, idea, root, lineage, workstream) => {
    expect(rootOf(PLACED, idea)).toBe(root);
    expect(lineageOf(PLACED, root, IDEAS)).toEqual(lineage);
    expect(workstreamOf(PLACED, idea)).toBe(workstream);
  });

  it('a chain that loops (never written by the rules) still ends', () => {
    expect(rootOf([p('i1', null, 'i2'), p('i2', null, 'i1')], 'i1')).toBe('i2');
  });
});

describe('markSame and unmarkSame', () => {
  it.each<[string, () => unknown, unknown]>([
    ['an unplaced idea joins an item and its workstream', () => markSame(PLACED, IDEAS, 'i5', 'i1'), { ok: true, writes: [p('i5', 'mob', 'i1')] }],
    ['marking the same as a member points at the root', () => markSame(PLACED, IDEAS, 'i5', 'i3'), { ok: true, writes: [p('i5', 'mob', 'i1')] }],
    [
      'a whole item joins another (transitive), chains stay one step',
      () => markSame(PLACED, IDEAS, 'i1', 'i4'),
      { ok: true, writes: [p('i1', 'food', 'i4'), p('i3', 'food', 'i4')] },
    ],
    ['a member brings its whole item along', () => markSame(PLACED, IDEAS, 'i3', 'i2'), { ok: true, writes: [p('i1', 'mob', 'i2'), p('i3', 'mob', 'i2')] }],
    ['already the same: nothing to write (a retry)', () => markSame(PLACED, IDEAS, 'i3', 'i1'), { ok: true, writes: [] }],
    ['already the same, the other way round', () => markSame(PLACED, IDEAS, 'i1', 'i3'), { ok: true, writes: [] }],
    ['an idea the same as itself', () => markSame(PLACED, IDEAS, 'i2', 'i2'), { ok: false, code: 'same-idea' }],
    ['an unknown idea', () => markSame(PLACED, IDEAS, 'i2', 'ghost'), { ok: false, code: 'unknown-idea' }],
    ['unmark a member: alone again, same workstream', () => unmarkSame(PLACED, IDEAS, 'i3'), { ok: true, writes: [p('i3', 'mob')] }],
    ['unmark a root: nothing to do', () => unmarkSame(PLACED, IDEAS, 'i1'), { ok: true, writes: [] }],
    ['unmark an unknown idea', () => unmarkSame(PLACED, IDEAS, 'ghost'), { ok: false, code: 'unknown-idea' }],
  ])('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('placeIdeas: an item moves whole', () => {
  const state = { workstreams: WS, placements: PLACED };
  it.each<[string, string[], string | null, unknown]>([
    ['an unplaced idea into a workstream', ['i5'], 'food', { ok: true, writes: [p('i5', 'food')] }],
    ['a member moves with its root and the rest of its item', ['i3'], 'food', { ok: true, writes: [p('i1', 'food'), p('i3', 'food', 'i1')] }],
    ['out of any workstream', ['i2'], null, { ok: true, writes: [p('i2', null)] }],
    ['into an unknown workstream', ['i2'], 'ghost', { ok: false, code: 'unknown-workstream' }],
    ['an unknown idea', ['ghost'], 'food', { ok: false, code: 'unknown-idea' }],
  ])('%s', (_name, ideaIds, workstreamId, expected) => {
    expect(placeIdeas(state, IDEAS, ideaIds, workstreamId)).toEqual(expected);
  });
});

describe('merge and split', () => {
  const state = { workstreams: WS, placements: PLACED };
  it.each<[string, () => unknown, unknown]>([
    [
      'merge: the ideas join, the merged ones are deleted',
      () => mergeWorkstreams(state, ['mob'], 'food'),
      { ok: true, writes: [p('i1', 'food'), p('i2', 'food'), p('i3', 'food', 'i1')], deleted: ['mob'] },
    ],
    ['merge into itself changes nothing', () => mergeWorkstreams(state, ['food'], 'food'), { ok: true, writes: [], deleted: [] }],
    ['merge an unknown one', () => mergeWorkstreams(state, ['ghost'], 'food'), { ok: false, code: 'unknown-workstream' }],
    [
      'split some ideas into a new workstream (with their items)',
      () => splitWorkstream(state, IDEAS, 'mob', ['i3'], { id: 'bike', name: 'Bikes' }),
      { ok: true, workstream: { id: 'bike', name: 'Bikes', position: 2 }, writes: [p('i1', 'bike'), p('i3', 'bike', 'i1')] },
    ],
    [
      'split an idea of another workstream',
      () => splitWorkstream(state, IDEAS, 'mob', ['i4'], { id: 'x', name: 'X' }),
      { ok: false, code: 'not-in-workstream' },
    ],
    ['split nothing', () => splitWorkstream(state, IDEAS, 'mob', [], { id: 'x', name: 'X' }), { ok: false, code: 'not-in-workstream' }],
    ['split with a bad name', () => splitWorkstream(state, IDEAS, 'mob', ['i2'], { id: 'x', name: ' ' }), { ok: false, code: 'bad-name' }],
    ['split an unknown workstream', () => splitWorkstream(state, IDEAS, 'ghost', ['i2'], { id: 'x', name: 'X' }), { ok: false, code: 'unknown-workstream' }],
  ])('%s', (_name, run, expected) => {
    expect(run()).toEqual(expected);
  });
});

describe('itemsOf: what is voted on', () => {
  it.each<[string, 'workstreams' | 'ideas', unknown]>([
    [
      'workstreams, in their order',
      'workstreams',
      [
        { kind: 'workstream', id: 'mob' },
        { kind: 'workstream', id: 'food' },
      ],
    ],
    ['ideas, one per item (the same ideas count once)', 'ideas', ['i1', 'i2', 'i4', 'i5'].map((id) => ({ kind: 'idea', id }))],
  ])('%s', (_name, voteOn, expected) => {
    expect(itemsOf({ workstreams: [...WS].reverse(), placements: PLACED }, IDEAS, voteOn)).toEqual(expected);
  });
});

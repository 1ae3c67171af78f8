import { describe, expect, it } from 'vitest';
import type { ActionView, PlenaryItem } from '@/lib/realtime/contract';
import { movedCodes, planRows, roadmapGroups, whenFields, whenOf, type When } from './action-plan';

const item = (id: string): PlenaryItem => ({ id, kind: 'workstream', label: `Item ${id}`, table: null, round: null });
const action = (code: string, itemId: string, position: number, when: Partial<Pick<ActionView, 'deadline' | 'horizon'>> = {}): ActionView => ({
  itemId,
  code,
  owner: '',
  deadline: when.deadline ?? null,
  horizon: when.horizon ?? null,
  objective: '',
  status: 'proposed',
  position,
});

describe('planRows', () => {
  const items = ['a', 'b', 'c', 'd', 'e'].map(item);
  it.each<[string, string[], ActionView[], string[], string[]]>([
    ['nothing planned: the shortlist, the rest to add', ['c', 'a'], [], ['c:-', 'a:-'], ['b', 'd', 'e']],
    [
      'planned first in roadmap order, then the shortlist still waiting',
      ['a', 'b', 'c'],
      [action('A-02', 'b', 0), action('A-01', 'd', 1)],
      ['b:A-02', 'd:A-01', 'a:-', 'c:-'],
      ['e'],
    ],
    ['an action of an item that is gone is left out', ['a'], [action('A-01', 'zz', 0)], ['a:-'], ['b', 'c', 'd', 'e']],
  ])('%s', (_name, shortlist, actions, rows, others) => {
    const plan = planRows(items, shortlist, actions);
    expect(plan.rows.map((row) => `${row.item.id}:${row.action?.code ?? '-'}`)).toEqual(rows);
    expect(plan.others.map((o) => o.id)).toEqual(others);
  });
});

describe('movedCodes', () => {
  const actions = [action('A-03', 'c', 2), action('A-01', 'a', 0), action('A-02', 'b', 1)];
  it.each<[string, string, -1 | 1, string[]]>([
    ['down', 'A-01', 1, ['A-02', 'A-01', 'A-03']],
    ['up', 'A-03', -1, ['A-01', 'A-03', 'A-02']],
    ['the first cannot go up', 'A-01', -1, ['A-01', 'A-02', 'A-03']],
    ['the last cannot go down', 'A-03', 1, ['A-01', 'A-02', 'A-03']],
  ])('%s', (_name, code, by, expected) => {
    expect(movedCodes(actions, code, by)).toEqual(expected);
  });
});

describe('roadmapGroups', () => {
  it.each<[string, ActionView[], string[]]>([
    ['empty', [], []],
    [
      'horizons in order, then dated by date, then neither',
      [
        action('A-01', 'a', 0, { deadline: '2026-09-01' }),
        action('A-02', 'b', 1, { horizon: 'long' }),
        action('A-03', 'c', 2),
        action('A-04', 'd', 3, { horizon: 'short' }),
        action('A-05', 'e', 4, { deadline: '2026-03-15' }),
        action('A-06', 'f', 5, { horizon: 'short' }),
      ],
      ['short: A-04 A-06', 'long: A-02', 'dated: A-05 A-01', 'unscheduled: A-03'],
    ],
    [
      'equal dates keep the roadmap order',
      [action('A-02', 'b', 0, { deadline: '2026-01-01' }), action('A-01', 'a', 1, { deadline: '2026-01-01' })],
      ['dated: A-02 A-01'],
    ],
  ])('%s', (_name, actions, expected) => {
    expect(roadmapGroups(actions).map((g) => `${g.kind === 'horizon' ? g.horizon : g.kind}: ${g.actions.map((a) => a.code).join(' ')}`)).toEqual(expected);
  });
});

describe('whenOf and whenFields', () => {
  it.each<[string, Pick<ActionView, 'deadline' | 'horizon'> | null, When, { deadline: string | null; horizon: string | null }]>([
    ['no action', null, { kind: 'none' }, { deadline: null, horizon: null }],
    ['a horizon', { deadline: null, horizon: 'medium' }, { kind: 'horizon', horizon: 'medium' }, { deadline: null, horizon: 'medium' }],
    ['a date', { deadline: '2026-06-30', horizon: null }, { kind: 'date', deadline: '2026-06-30' }, { deadline: '2026-06-30', horizon: null }],
  ])('%s', (_name, action, when, fields) => {
    expect(whenOf(action)).toEqual(when);
    expect(whenFields(when)).toEqual(fields);
  });
});

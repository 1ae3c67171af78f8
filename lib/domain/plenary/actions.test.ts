import { describe, expect, it } from 'vitest';
import { actionCode, actionNumber, checkActionFields, isValidDeadline, reorderActions, roadmap, upsertAction, type Action, type ActionFields } from './actions';

const FIELDS: ActionFields = { owner: ' Claire (facilities) ', deadline: null, horizon: 'short', objective: ' 3 bike shelters by June ', status: 'proposed' };
const action = (itemId: string, code: string, position: number): Action => ({
  itemId,
  code,
  position,
  owner: '',
  deadline: null,
  horizon: null,
  objective: '',
  status: 'proposed',
});

describe('action codes', () => {
  it.each([
    [1, 'A-01'],
    [7, 'A-07'],
    [42, 'A-42'],
    [100, 'A-100'],
  ])('%d → %s', (n, code) => {
    expect(actionCode(n)).toBe(code);
    expect(actionNumber(code)).toBe(n);
  });

  it.each(['A-7', 'B-07', 'A-', 'a-07', 'A-07x'])('%s is not a code', (code) => {
    expect(actionNumber(code)).toBeNull();
  });
});

describe('isValidDeadline: a real date, YYYY-MM-DD', () => {
  it.each([
    ['2025-06-30', true],
    ['2024-02-29', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['1900-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-5', false],
    ['05/06/2025', false],
    ['2025-06-30T00:00', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isValidDeadline(value)).toBe(expected);
  });
});

describe('checkActionFields', () => {
  it.each<[string, Partial<ActionFields>, unknown]>([
    [
      'trimmed, with a horizon',
      {},
      { ok: true, fields: { owner: 'Claire (facilities)', deadline: null, horizon: 'short', objective: '3 bike shelters by June', status: 'proposed' } },
    ],
    ['a deadline instead', { deadline: '2025-06-30', horizon: null }, { ok: true, fields: expect.objectContaining({ deadline: '2025-06-30', horizon: null }) }],
    [
      'neither yet',
      { deadline: null, horizon: null, status: 'agreed' },
      { ok: true, fields: expect.objectContaining({ deadline: null, horizon: null, status: 'agreed' }) },
    ],
    ['both', { deadline: '2025-06-30', horizon: 'short' }, { ok: false, code: 'deadline-and-horizon' }],
    ['a date that does not exist', { deadline: '2025-02-30', horizon: null }, { ok: false, code: 'bad-deadline' }],
    ['an unknown horizon', { horizon: 'someday' }, { ok: false, code: 'bad-horizon' }],
    ['an unknown status', { status: 'maybe' }, { ok: false, code: 'bad-status' }],
    ['an owner too long', { owner: 'x'.repeat(121) }, { ok: false, code: 'too-long' }],
    ['an objective too long', { objective: 'x'.repeat(501) }, { ok: false, code: 'too-long' }],
  ])('%s', (_name, change, expected) => {
    expect(checkActionFields({ ...FIELDS, ...change })).toEqual(expected);
  });
});

describe('upsertAction: stable codes, never reused', () => {
  const plan = [action('w1', 'A-01', 0), action('w2', 'A-02', 1)];
  it.each<[string, Action[], number, string, unknown]>([
    ['the first action is A-01', [], 0, 'w1', { code: 'A-01', position: 0, lastNumber: 1 }],
    ['a new item takes the next code, at the end', plan, 2, 'w3', { code: 'A-03', position: 2, lastNumber: 3 }],
    ['a deleted action’s code is not handed out again', [action('w1', 'A-01', 0)], 2, 'w3', { code: 'A-03', position: 1, lastNumber: 3 }],
    ['an item already planned keeps its code and place', plan, 2, 'w2', { code: 'A-02', position: 1, lastNumber: 2 }],
    ['a code ahead of the counter (imported) is skipped', [action('w1', 'A-09', 0)], 2, 'w3', { code: 'A-10', position: 1, lastNumber: 10 }],
  ])('%s', (_name, actions, lastNumber, itemId, expected) => {
    const result = upsertAction(actions, ['w1', 'w2', 'w3'], lastNumber, itemId, FIELDS);
    expect(result.ok && { code: result.action.code, position: result.action.position, lastNumber: result.lastNumber }).toEqual(expected);
  });

  it.each([
    ['an unknown item', 'ghost', FIELDS, 'unknown-item'],
    ['bad fields', 'w3', { ...FIELDS, deadline: '2025-02-30', horizon: null }, 'bad-deadline'],
  ])('refuses %s', (_name, itemId, fields, code) => {
    expect(upsertAction(plan, ['w1', 'w2', 'w3'], 2, itemId, fields)).toEqual({ ok: false, code });
  });

  it('an edit keeps the code and updates the fields', () => {
    const result = upsertAction(plan, ['w1', 'w2'], 2, 'w1', { ...FIELDS, status: 'in-progress' });
    expect(result).toEqual({
      ok: true,
      lastNumber: 2,
      action: { ...action('w1', 'A-01', 0), owner: 'Claire (facilities)', horizon: 'short', objective: '3 bike shelters by June', status: 'in-progress' },
    });
  });
});

describe('roadmap order', () => {
  const plan = [action('w1', 'A-01', 2), action('w2', 'A-02', 0), action('w3', 'A-10', 1), action('w4', 'A-03', 1)];
  it('by position, then code', () => {
    expect(roadmap(plan).map((a) => a.code)).toEqual(['A-02', 'A-03', 'A-10', 'A-01']);
  });
  it.each<[string, string[], unknown]>([
    ['a full new order', ['A-10', 'A-01', 'A-03', 'A-02'], ['A-10', 'A-01', 'A-03', 'A-02']],
    ['a list missing an action', ['A-10', 'A-01', 'A-03'], 'conflict'],
    ['a list with an unknown code', ['A-10', 'A-01', 'A-03', 'A-99'], 'conflict'],
  ])('reorder: %s', (_name, codes, expected) => {
    const result = reorderActions(plan, codes);
    expect(result.ok ? roadmap(result.actions).map((a) => a.code) : result.code).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { ConstraintView, ParticipantView, TableSummary } from '@/lib/realtime/contract';
import { EMPTY_WISH, wishChoices, wishFromForm, wishWords, type WishForm } from './seating-wishes';

const table = (id: string, number: number, hostId: string | null = null): TableSummary => ({
  id,
  number,
  name: `Table ${number}`,
  colour: 'red',
  hostId,
  hostName: null,
  seated: 0,
});
const person = (id: string, displayName: string, groupLabel: string | null = null): ParticipantView => ({
  id,
  displayName,
  groupLabel,
  joinedAt: 0,
  tableId: null,
});

const seating = [table('t2', 2, 'host'), table('t1', 1), table('t3', 3)];
const participants = [person('ben', 'Ben'), person('ana', 'Ana', 'Sales'), person('host', 'Hugo'), person('cy', 'Cy')];

describe('wishWords', () => {
  it.each<[string, ConstraintView, object]>([
    [
      'apart, every round',
      { id: 'w', kind: 'apart', a: 'ana', b: 'ben', round: null },
      { kind: 'apart', a: 'Ana', b: 'Ben', table: null, round: 0, inactive: false },
    ],
    [
      'together in round 3',
      { id: 'w', kind: 'together', a: 'ben', b: 'cy', round: 2 },
      { kind: 'together', a: 'Ben', b: 'Cy', table: null, round: 3, inactive: false },
    ],
    [
      'stays at table 3',
      { id: 'w', kind: 'stay', person: 'cy', tableId: 't3', round: null },
      { kind: 'stay', a: 'Cy', b: '', table: seating[2], round: 0, inactive: false },
    ],
    [
      'with someone who hosts now',
      { id: 'w', kind: 'apart', a: 'ana', b: 'host', round: 0 },
      { kind: 'apart', a: 'Ana', b: 'Hugo', table: null, round: 1, inactive: true },
    ],
    [
      'with someone unknown',
      { id: 'w', kind: 'stay', person: 'zed', tableId: 'gone', round: 1 },
      { kind: 'stay', a: '?', b: '', table: null, round: 2, inactive: false },
    ],
  ])('%s', (_name, wish, expected) => {
    expect(wishWords(wish, participants, seating)).toEqual(expected);
  });
});

describe('wishChoices', () => {
  it('offers the movers by name, the tables in order and the rounds still to seat', () => {
    const choices = wishChoices(participants, seating, 1, 4);
    expect(choices.people).toEqual([
      { id: 'ana', label: 'Ana (Sales)' },
      { id: 'ben', label: 'Ben' },
      { id: 'cy', label: 'Cy' },
    ]);
    expect(choices.tables.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(choices.rounds).toEqual([1, 2, 3]);
  });

  it('offers no round after the last one', () => {
    expect(wishChoices([], [], 3, 3).rounds).toEqual([]);
  });
});

describe('wishFromForm', () => {
  it.each<[string, Partial<WishForm>, ReturnType<typeof wishFromForm>]>([
    ['nothing picked', {}, { ok: false, problem: 'pick-people' }],
    ['one person', { a: 'ana' }, { ok: false, problem: 'pick-people' }],
    ['the same person twice', { a: 'ana', b: 'ana' }, { ok: false, problem: 'same-person' }],
    ['apart, every round', { a: 'ana', b: 'ben' }, { ok: true, constraint: { kind: 'apart', a: 'ana', b: 'ben' } }],
    ['together in round 2', { kind: 'together', a: 'ana', b: 'ben', round: '1' }, { ok: true, constraint: { kind: 'together', a: 'ana', b: 'ben', round: 1 } }],
    ['stay without a person', { kind: 'stay', tableId: 't1' }, { ok: false, problem: 'pick-person' }],
    ['stay without a table', { kind: 'stay', a: 'cy' }, { ok: false, problem: 'pick-table' }],
    ['stay at table 3', { kind: 'stay', a: 'cy', b: 'ignored', tableId: 't3' }, { ok: true, constraint: { kind: 'stay', person: 'cy', tableId: 't3' } }],
  ])('%s', (_name, change, expected) => {
    expect(wishFromForm({ ...EMPTY_WISH, ...change })).toEqual(expected);
  });
});

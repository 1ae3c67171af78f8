import { describe, expect, it } from 'vitest';
import type { ParticipantView, RotationView, Stage, TableSummary } from '@/lib/realtime/contract';
import { nextRoundOf } from '@/lib/domain/rotation/next-round';
import { canApplyRotation, figureRows, seatingByTable, stillMoving } from './rotation-preview';

const table = (id: string, number: number): TableSummary => ({ id, number, name: `Table ${number}`, colour: 'red', hostId: null, hostName: null, seated: 0 });
const person = (id: string, displayName: string, groupLabel: string | null = null): ParticipantView => ({
  id,
  displayName,
  groupLabel,
  joinedAt: 0,
  tableId: null,
});

const rotation: RotationView = {
  round: 1,
  status: 'applied',
  seed: 1,
  maxMeetings: null,
  seats: [
    { participantId: 'b', tableId: 't1', checkedIn: true },
    { participantId: 'a', tableId: 't1', checkedIn: false },
    { participantId: 'c', tableId: 't2', checkedIn: true },
  ],
  figures: { repeatedPairs: 2, maxMeetings: 2, revisits: 0, sizeSpread: 1, sizesOutOfBounds: 0, labelExcess: 3, unmetConstraints: 0 },
  bound: { repeatedPairs: 1, revisits: 0, tablesForZero: 4 },
  unmet: [],
};

describe('nextRoundOf and canApplyRotation', () => {
  it.each<[string, Stage, number | null, boolean]>([
    ['lobby', { kind: 'lobby' }, 0, true],
    ['during round 1', { kind: 'phase', round: 0, phase: 'sharing' }, 1, false],
    ['during the last round', { kind: 'phase', round: 2, phase: 'reflection' }, null, false],
    ['rotation after round 1', { kind: 'rotation', afterRound: 0 }, 1, true],
    ['plenary', { kind: 'plenary', step: 'restitution', table: 0 }, null, false],
    ['closed', { kind: 'closed' }, null, false],
  ])('%s', (_name, stage, next, apply) => {
    expect(nextRoundOf(stage, 3)).toBe(next);
    expect(canApplyRotation(stage)).toBe(apply);
  });
});

describe('seatingByTable', () => {
  it('lists movers by table in the room order, by name, with check-ins counted', () => {
    const byTable = seatingByTable(rotation, [table('t2', 2), table('t1', 1)], [person('a', 'Ana', 'Sales'), person('b', 'Bo'), person('c', 'Cy')]);
    expect(byTable.map((t) => [t.table.number, t.movers.map((m) => m.displayName), t.checkedIn])).toEqual([
      [1, ['Ana', 'Bo'], 1],
      [2, ['Cy'], 1],
    ]);
    expect(byTable[0]!.movers[0]).toEqual({ id: 'a', displayName: 'Ana', groupLabel: 'Sales', checkedIn: false });
  });
});

describe('figureRows', () => {
  it('puts each figure next to the bound where there is one', () => {
    expect(figureRows(rotation)).toEqual([
      { key: 'repeatedPairs', value: 2, bound: 1, verdict: 'above-bound' },
      { key: 'maxMeetings', value: 2 },
      { key: 'revisits', value: 0, bound: 0, verdict: 'at-bound' },
      { key: 'sizeSpread', value: 1 },
      { key: 'labelExcess', value: 3 },
    ]);
  });

  it.each<[string, number | null, number | null, number, object[]]>([
    ['no limits: no row', null, null, 0, []],
    ['4–8, none outside', 4, 8, 0, [{ key: 'sizesOutside', value: 0, min: 4, max: 8, verdict: 'at-bound' }]],
    ['4–8, two outside', 4, 8, 2, [{ key: 'sizesOutside', value: 2, min: 4, max: 8, verdict: 'above-bound' }]],
    ['at most 6', null, 6, 1, [{ key: 'sizesAbove', value: 1, min: 0, max: 6, verdict: 'above-bound' }]],
    ['at least 3', 3, null, 0, [{ key: 'sizesBelow', value: 0, min: 3, max: 0, verdict: 'at-bound' }]],
  ])('tables outside the limits: %s', (_name, minPerTable, maxPerTable, outside, expected) => {
    const rows = figureRows({ ...rotation, figures: { ...rotation.figures, sizesOutOfBounds: outside } }, { minPerTable, maxPerTable });
    expect(rows.filter((r) => r.key.startsWith('sizes') && r.key !== 'sizeSpread')).toEqual(expected);
    expect(rows[4]?.key).toBe(expected.length > 0 ? (expected[0] as { key: string }).key : 'labelExcess');
  });
});

describe('stillMoving', () => {
  it.each([
    [null, 0],
    [{ total: 35, checkedIn: 28 }, 7],
    [{ total: 3, checkedIn: 3 }, 0],
  ])('%j → %i', (moving, expected) => expect(stillMoving(moving)).toBe(expected));
});

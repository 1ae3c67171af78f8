import { describe, expect, it } from 'vitest';
import { canApprove, capacityOf, decideJoin, fillLevel, joinedWithin, WAITING_MAX, type JoinSituation } from './admission';

describe('capacityOf', () => {
  it.each([
    {
      name: 'tables with a maximum: their seats, plus at least 10',
      basis: { tables: 6, maxPerTable: 8, expectedPeople: null },
      capacity: 60,
      from: 'tables',
      people: 48,
      margin: 12,
    },
    {
      name: 'a small room: the margin is at least 10',
      basis: { tables: 2, maxPerTable: 4, expectedPeople: null },
      capacity: 18,
      from: 'tables',
      people: 8,
      margin: 10,
    },
    { name: 'no maximum: 10 per table', basis: { tables: 3, maxPerTable: null, expectedPeople: null }, capacity: 40, from: 'tables', people: 30, margin: 10 },
    {
      name: 'a big room: a quarter more',
      basis: { tables: 200, maxPerTable: null, expectedPeople: null },
      capacity: 2_500,
      from: 'tables',
      people: 2_000,
      margin: 500,
    },
    {
      name: 'the expected head count wins over the tables',
      basis: { tables: 6, maxPerTable: 8, expectedPeople: 30 },
      capacity: 40,
      from: 'expected',
      people: 30,
      margin: 10,
    },
    {
      name: 'a quarter of the expected head count, rounded up',
      basis: { tables: 1, maxPerTable: null, expectedPeople: 101 },
      capacity: 127,
      from: 'expected',
      people: 101,
      margin: 26,
    },
  ] as const)('$name', ({ basis, capacity, from, people, margin }) => {
    expect(capacityOf(basis)).toEqual({ capacity, from, people, margin });
  });
});

describe('fillLevel', () => {
  it.each([
    [0, 50, 'room'],
    [39, 50, 'room'],
    [40, 50, 'filling'],
    [49, 50, 'filling'],
    [50, 50, 'full'],
    [55, 50, 'full'],
  ] as const)('%i of %i: %s', (count, capacity, level) => {
    expect(fillLevel(count, capacity)).toBe(level);
  });
});

describe('decideJoin', () => {
  const room: JoinSituation = { sessionClosed: false, doors: 'open', participants: 10, waiting: 0, capacity: 40 };
  it.each([
    { name: 'open doors, room left: in', situation: room, decision: { kind: 'join' } },
    {
      name: 'a closed session refuses first',
      situation: { ...room, sessionClosed: true, doors: 'closed' },
      decision: { kind: 'refuse', code: 'session-closed' },
    },
    { name: 'closed doors', situation: { ...room, doors: 'closed' }, decision: { kind: 'refuse', code: 'doors-closed' } },
    { name: 'full', situation: { ...room, participants: 40 }, decision: { kind: 'refuse', code: 'session-full' } },
    { name: 'open doors: people left waiting do not count', situation: { ...room, participants: 39, waiting: 5 }, decision: { kind: 'join' } },
    { name: 'approval: wait', situation: { ...room, doors: 'approval' }, decision: { kind: 'wait' } },
    {
      name: 'approval: people waiting count against the capacity',
      situation: { ...room, doors: 'approval', participants: 35, waiting: 5 },
      decision: { kind: 'refuse', code: 'session-full' },
    },
    {
      name: 'approval: at most so many waiting',
      situation: { ...room, doors: 'approval', capacity: 1_000, waiting: WAITING_MAX },
      decision: { kind: 'refuse', code: 'too-many' },
    },
  ] as const)('$name', ({ situation, decision }) => {
    expect(decideJoin(situation)).toEqual(decision);
  });
});

describe('canApprove', () => {
  it.each([
    [10, 5, 20, true],
    [15, 5, 20, true],
    [16, 5, 20, false],
  ])('%i in, %i more, capacity %i: %s', (participants, approving, capacity, allowed) => {
    expect(canApprove(participants, approving, capacity)).toBe(allowed);
  });
});

describe('joinedWithin', () => {
  it('keeps those who joined within the window before now', () => {
    const people = [
      { id: 'old', joinedAt: 1_000 },
      { id: 'edge', joinedAt: 40_000 },
      { id: 'recent', joinedAt: 95_000 },
      { id: 'now', joinedAt: 100_000 },
    ];
    expect(joinedWithin(people, 100_000, 60_000).map((p) => p.id)).toEqual(['recent', 'now']);
  });
});

import { describe, expect, it } from 'vitest';
import { makeParticipant, makeSession, makeSnapshot } from '@/tests/helpers/factories';
import type { LiveState, Snapshot, TableSummary, TableView } from './contract';
import { applyBroadcast, applyTableView, type ApplyResult, type Broadcast } from './client-state';

const ada = makeParticipant({ id: 'p-ada', displayName: 'Ada', joinedAt: 1_000 });
const bob = makeParticipant({ id: 'p-bob', displayName: 'Bob', groupLabel: 'Finance', joinedAt: 2_000 });
/** Ada again, e.g. after re-joining from another tab: same id, new details. */
const adaAgain = makeParticipant({ id: 'p-ada', displayName: 'Ada L.', joinedAt: 3_000 });

const sharing: LiveState = {
  stage: { kind: 'phase', round: 0, phase: 'sharing' },
  timer: { status: 'running', endsAt: 1_600_000, durationMs: 600_000 },
};
const renamed = makeSession({ title: 'Renamed' });

/** Every view is at seq 10. */
const phone = makeSnapshot({ seq: 10, participantCount: 1 });
const screen = makeSnapshot({ role: 'screen', seq: 10, participantCount: 1 });
const consoleView = makeSnapshot({
  role: 'organiser',
  seq: 10,
  participantCount: 1,
  participants: [ada],
  screenUrl: 'http://192.168.1.20:3000/screen/KEY',
});
const emptyConsole = makeSnapshot({ role: 'organiser', seq: 10, participantCount: 0, participants: [] });

const state = (seq: number): Broadcast => ({ event: 'session:state', message: { seq, live: sharing, serverTime: 1_000_500 } });
const updated = (seq: number): Broadcast => ({ event: 'session:updated', message: { seq, session: renamed } });
const count = (seq: number, participantCount: number): Broadcast => ({ event: 'lobby:count', message: { seq, participantCount } });
const joined = (seq: number, participant = bob, participantCount = 2): Broadcast => ({
  event: 'lobby:joined',
  message: { seq, participant, participantCount },
});

/** `unchanged`: the very same view object comes back. */
type Expected = { status: 'applied'; view: Snapshot } | { status: 'stale' | 'gap'; view: 'unchanged' };
const applied = (view: Snapshot): Expected => ({ status: 'applied', view });
const stale: Expected = { status: 'stale', view: 'unchanged' };
const gap: Expected = { status: 'gap', view: 'unchanged' };

describe('applyBroadcast', () => {
  it.each<[string, Snapshot, Broadcast, Expected]>([
    // session:state
    ['state, next seq → applied', phone, state(11), applied({ ...phone, seq: 11, live: sharing })],
    ['state, same seq → stale', phone, state(10), stale],
    ['state, older seq → stale', phone, state(3), stale],
    ['state, one missed → gap', phone, state(12), gap],
    ['state on the console, next seq → applied', consoleView, state(11), applied({ ...consoleView, seq: 11, live: sharing })],
    // session:updated
    ['updated, next seq → applied', consoleView, updated(11), applied({ ...consoleView, seq: 11, session: renamed })],
    ['updated, same seq → stale', consoleView, updated(10), stale],
    ['updated, far ahead → gap', consoleView, updated(20), gap],
    // lobby:count
    ['count, next seq → applied', phone, count(11, 7), applied({ ...phone, seq: 11, participantCount: 7 })],
    ['count on the screen, next seq → applied', screen, count(11, 0), applied({ ...screen, seq: 11, participantCount: 0 })],
    ['count, same seq → stale', phone, count(10, 7), stale],
    ['count, one missed → gap', phone, count(12, 7), gap],
    // lobby:joined
    [
      'joined on the console → appended to the list',
      consoleView,
      joined(11),
      applied({ ...consoleView, seq: 11, participantCount: 2, participants: [ada, bob] }),
    ],
    [
      'joined on an empty console → first in the list',
      emptyConsole,
      joined(11, bob, 1),
      applied({ ...emptyConsole, seq: 11, participantCount: 1, participants: [bob] }),
    ],
    [
      'joined again with the same id → replaced, not duplicated',
      consoleView,
      joined(11, adaAgain, 1),
      applied({ ...consoleView, seq: 11, participantCount: 1, participants: [adaAgain] }),
    ],
    ['joined on a phone → count only, no participants list', phone, joined(11), applied({ ...phone, seq: 11, participantCount: 2 })],
    ['joined on the screen → count only, no participants list', screen, joined(11), applied({ ...screen, seq: 11, participantCount: 2 })],
    ['joined, same seq → stale', consoleView, joined(10), stale],
    ['joined, one missed → gap', consoleView, joined(12), gap],
  ])('%s', (_name, view, broadcast, expected) => {
    const before = structuredClone(view);
    const result: ApplyResult = applyBroadcast(view, broadcast);

    expect(result.status).toBe(expected.status);
    if (expected.view === 'unchanged') expect(result.view).toBe(view);
    else expect(result.view).toStrictEqual(expected.view);
    expect(view, 'the given view is not mutated').toStrictEqual(before);
  });

  it('a re-sent joined participant appears once, after the others', () => {
    const withBoth = applyBroadcast(consoleView, joined(11, bob, 2)).view;
    const result = applyBroadcast(withBoth, joined(12, adaAgain, 2));
    expect(result).toStrictEqual({
      status: 'applied',
      view: { ...consoleView, seq: 12, participantCount: 2, participants: [bob, adaAgain] },
    });
  });

  it('consecutive broadcasts of every kind each apply on top of the last', () => {
    const steps = [state(11), joined(12), count(13, 5), updated(14)];
    const view = steps.reduce<Snapshot>((v, b) => {
      const r = applyBroadcast(v, b);
      expect(r.status).toBe('applied');
      return r.view;
    }, consoleView);
    expect(view).toStrictEqual({
      ...consoleView,
      seq: 14,
      live: sharing,
      participants: [ada, bob],
      participantCount: 5,
      session: renamed,
    });
  });
});

describe('seating and table views', () => {
  const table = (tableId: string, tableSeq: number): TableView => ({
    tableId,
    tableSeq,
    round: 0,
    roster: [],
    hostId: null,
    notesWritten: tableSeq,
    notes: [],
    speaking: null,
    ideas: [],
    recap: [],
    recapClosed: false,
  });
  const summary = (id: string, seated: number): TableSummary => ({ id, number: 1, name: id, colour: 'red', hostId: null, hostName: null, seated });

  it.each([
    [
      'my move drops the old table view',
      { me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) },
      [{ participantId: 'me', tableId: 't2' }],
      { tableId: 't2', table: null },
    ],
    [
      'someone else’s move keeps mine',
      { me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) },
      [{ participantId: 'x', tableId: 't2' }],
      { tableId: 't1', table: table('t1', 3) },
    ],
    [
      'unseated',
      { me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) },
      [{ participantId: 'me', tableId: null }],
      { tableId: null, table: null },
    ],
  ] as const)('participant: %s', (_name, start, moved, expected) => {
    const view = makeSnapshot({ seq: 4, ...start });
    const result = applyBroadcast(view, { event: 'seating:changed', message: { seq: 5, seating: [summary('t1', 1)], moved: [...moved] } });
    expect(result.status).toBe('applied');
    expect(result.view.me!.tableId).toBe(expected.tableId);
    expect(result.view.table).toEqual(expected.table);
    expect(result.view.seating).toEqual([summary('t1', 1)]);
  });

  it('moves people in the organiser’s list', () => {
    const view = makeSnapshot({ role: 'organiser', seq: 1, participants: [makeParticipant({ id: 'a' }), makeParticipant({ id: 'b' })] });
    const result = applyBroadcast(view, { event: 'seating:changed', message: { seq: 2, seating: [], moved: [{ participantId: 'b', tableId: 't9' }] } });
    expect(result.view.participants!.map((p) => p.tableId)).toEqual([null, 't9']);
  });

  it.each([
    ['a newer view of my table replaces it', 't1', table('t1', 3), table('t1', 4), 4],
    ['an older view of my table is ignored', 't1', table('t1', 5), table('t1', 4), 5],
    ['the same seq is ignored', 't1', table('t1', 5), table('t1', 5), 5],
    ['another table’s view is ignored', 't1', table('t1', 2), table('t2', 9), 2],
    ['my new table’s first view is taken', 't2', null, table('t2', 1), 1],
  ] as const)('participant: %s', (_name, myTable, current, incoming, expectedSeq) => {
    const view = makeSnapshot({ me: makeParticipant({ id: 'me', tableId: myTable }), table: current });
    expect(applyTableView(view, incoming).table?.tableSeq ?? null).toBe(expectedSeq);
  });

  it('keeps the newest view of every table for the organiser', () => {
    let view = makeSnapshot({ role: 'organiser', tables: [table('t1', 2), table('t2', 7)] });
    view = applyTableView(view, table('t1', 3));
    view = applyTableView(view, table('t2', 6));
    view = applyTableView(view, table('t3', 1));
    expect(view.tables!.map((t) => [t.tableId, t.tableSeq])).toEqual([
      ['t1', 3],
      ['t2', 7],
      ['t3', 1],
    ]);
  });
});

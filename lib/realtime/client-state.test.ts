import { describe, expect, it } from 'vitest';
import { makeParticipant, makeSession, makeSnapshot } from '@/tests/helpers/factories';
import type {
  Admission,
  IdeaView,
  JoinRequestView,
  LiveState,
  NoteView,
  PlenaryView,
  SeatMove,
  Snapshot,
  TableRef,
  TableStats,
  TableSummary,
  TableView,
} from './contract';
import {
  applyBroadcast,
  applyPlusOnes,
  applyTableView,
  applyWholeValue,
  RECENT_MOVES_KEPT,
  withPlusOnes,
  type ApplyResult,
  type Broadcast,
  type WholeValue,
} from './client-state';

const ada = makeParticipant({ id: 'p-ada', displayName: 'Ada', joinedAt: 1_000 });
const bob = makeParticipant({ id: 'p-bob', displayName: 'Bob', groupLabel: 'Finance', joinedAt: 2_000 });
/** Ada again, e.g. moved to a table: same id, new details. */
const adaMoved = makeParticipant({ id: 'p-ada', displayName: 'Ada', joinedAt: 1_000, tableId: 't2' });

const sharing: LiveState = {
  stage: { kind: 'phase', round: 0, phase: 'sharing' },
  timer: { status: 'running', endsAt: 1_600_000, durationMs: 600_000 },
};
const renamed = makeSession({ title: 'Renamed' });

/** Every view is at seq 10. */
const phone = makeSnapshot({ seq: 10, participantCount: 1 });
const consoleView = makeSnapshot({ role: 'organiser', seq: 10, participantCount: 1, screenUrl: 'http://192.168.1.20:3000/screen/KEY' });

const state = (seq: number): Broadcast => ({ event: 'session:state', message: { seq, live: sharing, serverTime: 1_000_500 } });
const updated = (seq: number): Broadcast => ({ event: 'session:updated', message: { seq, session: renamed } });

/** `unchanged`: the very same view object comes back. */
type Expected = { status: 'applied'; view: Snapshot } | { status: 'stale' | 'gap'; view: 'unchanged' };
const applied = (view: Snapshot): Expected => ({ status: 'applied', view });
const stale: Expected = { status: 'stale', view: 'unchanged' };
const gap: Expected = { status: 'gap', view: 'unchanged' };

describe('applyBroadcast: what every client receives, numbered', () => {
  it.each<[string, Snapshot, Broadcast, Expected]>([
    ['state, next seq → applied', phone, state(11), applied({ ...phone, seq: 11, live: sharing })],
    ['state, same seq → stale', phone, state(10), stale],
    ['state, older seq → stale', phone, state(3), stale],
    ['state, one missed → gap', phone, state(12), gap],
    ['state on the console, next seq → applied', consoleView, state(11), applied({ ...consoleView, seq: 11, live: sharing })],
    ['updated, next seq → applied', consoleView, updated(11), applied({ ...consoleView, seq: 11, session: renamed })],
    ['updated, same seq → stale', consoleView, updated(10), stale],
    ['updated, far ahead → gap', consoleView, updated(20), gap],
  ])('%s', (_name, view, broadcast, expected) => {
    const before = structuredClone(view);
    const result: ApplyResult = applyBroadcast(view, broadcast);
    expect(result.status).toBe(expected.status);
    if (expected.view === 'unchanged') expect(result.view).toBe(view);
    else expect(result.view).toStrictEqual(expected.view);
    expect(view, 'the given view is not mutated').toStrictEqual(before);
  });

  it('consecutive broadcasts each apply on top of the last', () => {
    const view = [state(11), updated(12)].reduce<Snapshot>((v, b) => applyBroadcast(v, b).view, consoleView);
    expect(view).toStrictEqual({ ...consoleView, seq: 12, live: sharing, session: renamed });
  });
});

const guestView = makeSnapshot({ role: 'guest', me: undefined });
const closedDoors: Admission = { doors: 'closed', capacity: 40, basis: { from: 'tables', people: 30, margin: 10 }, expectedPeople: null };
const zoe: JoinRequestView = { id: 'r1', displayName: 'Zoé', groupLabel: null, requestedAt: 5_000 };

const ref = (id: string): TableRef => ({ id, number: 2, name: id, colour: 'blue' });
const summary = (id: string, seated: number): TableSummary => ({ ...ref(id), hostId: null, hostName: null, seated });
const stats = (tableId: string, tableSeq: number, ideas = 0): TableStats => ({
  tableId,
  tableSeq,
  round: 0,
  seated: 3,
  arriving: [],
  notesWritten: 0,
  notesShared: 0,
  ideas,
  speakerId: null,
  speakerName: null,
});
const move = (participantId: string, at: number): SeatMove => ({ participantId, displayName: participantId, from: 't1', to: 't2', at });
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

const note = (id: string, plusOnes: number): NoteView => ({ id, text: id, authorId: null, authorName: null, plusOnes });
const idea = (id: string): IdeaView => ({ id, text: id, round: 0, position: 0, sourceNoteIds: [], authorNames: [], plusOnes: 0 });

const plenaryView = (status: 'open' | 'closed'): PlenaryView => ({
  items: [{ id: 'w1', kind: 'workstream', label: 'Mobility', table: null, round: null }],
  restitution: null,
  vote: {
    status,
    fullDots: 2,
    ranking: status === 'closed' ? [{ itemId: 'w1', dots: 4, voters: 2, rank: 1, tied: false }] : null,
    suggestedShortlist: status === 'closed' ? ['w1'] : null,
  },
  shortlist: [],
  matrix: { revealed: false, items: [] },
  actions: null,
  board: null,
});
const me = makeParticipant({ id: 'me', tableId: 't1' });

describe('applyWholeValue: the latest wins', () => {
  it.each<[string, Snapshot, WholeValue, Partial<Snapshot>]>([
    ['the head count', phone, { event: 'room:count', message: { participantCount: 40 } }, { participantCount: 40 }],
    [
      'people who joined are added to a console’s list, in order',
      { ...consoleView, participants: [ada] },
      { event: 'participants:changed', message: { participants: [bob] } },
      { participants: [ada, bob] },
    ],
    [
      'someone who moved is replaced in place, not added again',
      { ...consoleView, participants: [ada, bob] },
      { event: 'participants:changed', message: { participants: [adaMoved] } },
      { participants: [adaMoved, bob] },
    ],
    ['a console that has not fetched the list keeps none', consoleView, { event: 'participants:changed', message: { participants: [bob] } }, {}],
    ['the tables’ summaries', consoleView, { event: 'seating:changed', message: { seating: [summary('t1', 4)] } }, { seating: [summary('t1', 4)] }],
    [
      'my new seat: my table, its name, and the old table’s view dropped',
      makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) }),
      { event: 'seat:updated', message: { tableId: 't2', table: ref('t2') } },
      { me: makeParticipant({ id: 'me', tableId: 't2' }), myTable: ref('t2'), table: null },
    ],
    [
      'unseated',
      makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) }),
      { event: 'seat:updated', message: { tableId: null, table: null } },
      { me: makeParticipant({ id: 'me', tableId: null }), myTable: null, table: null },
    ],
    [
      'a seat message for the table I am at keeps its view',
      makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), table: table('t1', 3) }),
      { event: 'seat:updated', message: { tableId: 't1', table: ref('t1') } },
      { myTable: ref('t1') },
    ],
    [
      'table figures: the newer replace, the older are ignored, others are kept',
      { ...consoleView, tableStats: [stats('t1', 5, 1), stats('t2', 5, 1)] },
      { event: 'table:stats', message: { stats: [stats('t1', 6, 2), stats('t2', 4, 9)] } },
      { tableStats: [stats('t1', 6, 2), stats('t2', 5, 1)] },
    ],
    [
      'moves people made themselves: added to the console’s short list, newest last',
      { ...consoleView, recentMoves: [move('p-ada', 1)] },
      { event: 'seat:moved', message: { moves: [move('p-bob', 2)] } },
      { recentMoves: [move('p-ada', 1), move('p-bob', 2)] },
    ],
    [
      'the short list keeps the latest ones only',
      { ...consoleView, recentMoves: Array.from({ length: RECENT_MOVES_KEPT }, (_, i) => move('p-ada', i)) },
      { event: 'seat:moved', message: { moves: [move('p-bob', 99)] } },
      { recentMoves: [...Array.from({ length: RECENT_MOVES_KEPT - 1 }, (_, i) => move('p-ada', i + 1)), move('p-bob', 99)] },
    ],
    ['my +1s', phone, { event: 'plus-ones:mine', message: { targetIds: ['n1'] } }, { myPlusOnes: ['n1'] }],
    ['the plenary, whole', phone, { event: 'plenary:view', message: { plenary: plenaryView('open') } }, { plenary: plenaryView('open') }],
    [
      'the plenary replaces the one before (the closed vote brings its ranking)',
      { ...consoleView, plenary: plenaryView('open') },
      { event: 'plenary:view', message: { plenary: plenaryView('closed') } },
      { plenary: plenaryView('closed') },
    ],
    [
      'the vote’s progress',
      phone,
      { event: 'plenary:progress', message: { progress: { of: 41, voted: 28, rated: 0 } } },
      { plenaryProgress: { of: 41, voted: 28, rated: 0 } },
    ],
    [
      'my dots and ratings',
      makeSnapshot({ me }),
      { event: 'plenary:mine', message: { mine: { dots: { w1: 2 }, ratings: { w1: { gain: 4, effort: 2 } } } } },
      { myPlenary: { dots: { w1: 2 }, ratings: { w1: { gain: 4, effort: 2 } } } },
    ],
    ['someone else’s dots are never kept by a console', consoleView, { event: 'plenary:mine', message: { mine: { dots: { w1: 2 }, ratings: {} } } }, {}],
    [
      'check-ins',
      consoleView,
      { event: 'rotation:progress', message: { moving: { round: 1, total: 9, checkedIn: 4 } } },
      { moving: { round: 1, total: 9, checkedIn: 4 } },
    ],
    ['the doors and the capacity', guestView, { event: 'admission:updated', message: { admission: closedDoors } }, { admission: closedDoors }],
    ['the people waiting at the doors, whole', consoleView, { event: 'admission:waiting', message: { requests: [zoe] } }, { waiting: [zoe] }],
    ['the organiser’s answer to my request', guestView, { event: 'admission:request', message: { status: 'approved' } }, { myRequest: 'approved' }],
    [
      'people removed leave the console’s list',
      { ...consoleView, participants: [ada, bob] },
      { event: 'participants:removed', message: { participantIds: ['p-ada', 'p-unknown'] } },
      { participants: [bob] },
    ],
    ['a console without the list keeps none', consoleView, { event: 'participants:removed', message: { participantIds: ['p-ada'] } }, {}],
  ])('%s', (_name, view, update, changed) => {
    const before = structuredClone(view);
    expect(applyWholeValue(view, update)).toStrictEqual({ ...view, ...changed });
    expect(view, 'the given view is not mutated').toStrictEqual(before);
  });
});

describe('table views', () => {
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

  it.each([
    ['kept (a view kept from before a snapshot is no newer than it)', false, 0],
    ['replaced (a view just received is newer: +1 counts do not move tableSeq)', true, 4],
  ] as const)('the same seq with other +1 counts is %s', (_name, replaceEqual, expected) => {
    const current = { ...table('t1', 5), notes: [note('n1', 0)] };
    const incoming = { ...table('t1', 5), notes: [note('n1', 4)] };
    const participant = makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), table: current });
    expect(applyTableView(participant, incoming, { replaceEqual }).table!.notes[0]!.plusOnes).toBe(expected);
    const console = makeSnapshot({ role: 'organiser', tables: [current] });
    expect(applyTableView(console, incoming, { replaceEqual }).tables![0]!.notes[0]!.plusOnes).toBe(expected);
  });

  it('keeps the newest view of every table the organiser opened', () => {
    let view = makeSnapshot({ role: 'organiser' });
    view = applyTableView(view, table('t1', 2));
    view = applyTableView(view, table('t2', 7));
    view = applyTableView(view, table('t1', 3));
    view = applyTableView(view, table('t2', 6));
    expect(view.tables!.map((t) => [t.tableId, t.tableSeq])).toEqual([
      ['t1', 3],
      ['t2', 7],
    ]);
  });
});

describe('+1 counts', () => {
  const withNotes = { ...table('t1', 5), notes: [note('n1', 1), note('n2', 0)], ideas: [{ ...idea('i1'), plusOnes: 3 }] };

  it.each([
    ['a note’s count', { n1: 2 }, [2, 0], 3],
    ['an idea’s count', { i1: 0 }, [1, 0], 0],
    ['several at once', { n1: 0, n2: 5, i1: 1 }, [0, 5], 1],
    ['a note the view does not show is left out', { gone: 9 }, [1, 0], 3],
  ] as const)('set %s in the table’s view', (_name, counts, notes, ideaCount) => {
    const changed = withPlusOnes(withNotes, { tableId: 't1', counts });
    expect(changed.notes.map((n) => n.plusOnes)).toEqual(notes);
    expect(changed.ideas[0]!.plusOnes).toBe(ideaCount);
    expect(changed.tableSeq).toBe(5);
  });

  it.each([
    ['my table', 't1', 7],
    ['another table', 't2', 1],
  ] as const)('reach a participant for %s only', (_name, tableId, expected) => {
    const view = makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), table: withNotes });
    expect(applyPlusOnes(view, { tableId, counts: { n1: 7 } }).table!.notes[0]!.plusOnes).toBe(expected);
  });

  it('reach the console’s view of that table, and leave the others alone', () => {
    const other = { ...withNotes, tableId: 't2' };
    const view = makeSnapshot({ role: 'organiser', tables: [withNotes, other] });
    const changed = applyPlusOnes(view, { tableId: 't2', counts: { n1: 4 } });
    expect(changed.tables!.map((t) => t.notes[0]!.plusOnes)).toEqual([1, 4]);
    expect(applyPlusOnes(view, { tableId: 't9', counts: { n1: 4 } })).toBe(view);
  });
});

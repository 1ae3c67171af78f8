import { describe, expect, it } from 'vitest';
import type { Arrival, ParticipantView, Snapshot, Stage, TableRef, TableView } from '@/lib/realtime/contract';
import { phoneLayout, type PhoneLayout, type PhonePart } from './phone-layout';

const t1: TableRef = { id: 't1', number: 1, name: 'Table 1', colour: 'red' };
const t2: TableRef = { id: 't2', number: 2, name: 'Table 2', colour: 'blue' };

/** Table 1 is hosted by "host"; table 2 has no host. */
const view = (tableId: string, roster: TableView['roster'] = [{ id: 'me', displayName: 'Me', here: true }]) =>
  ({ tableId, roster, hostId: tableId === 't1' ? 'host' : null }) as unknown as TableView;

/** A phone's snapshot with only the fields the layout reads. */
function snapshot(stage: Stage, options: { table?: TableView | null; arrival?: Arrival | null } = {}): Snapshot {
  return { live: { stage, timer: null }, table: options.table ?? null, arrival: options.arrival ?? null } as unknown as Snapshot;
}
/** The phone knows its own table from its snapshot and its seat messages. */
function seatedAt(snap: Snapshot, me: ParticipantView): Snapshot {
  return { ...snap, myTable: [t1, t2].find((t) => t.id === me.tableId) ?? null };
}
const person = (id: string, tableId: string | null): ParticipantView => ({ id, displayName: id, groupLabel: null, joinedAt: 0, tableId });

const lobby: Stage = { kind: 'lobby' };
const reflection: Stage = { kind: 'phase', round: 0, phase: 'reflection' };
const sharing: Stage = { kind: 'phase', round: 0, phase: 'sharing' };
const rotation: Stage = { kind: 'rotation', afterRound: 0 };
const closed: Stage = { kind: 'closed' };

const consolidation: Stage = { kind: 'phase', round: 0, phase: 'consolidation' };

type Shown = Pick<PhoneLayout, 'order' | 'hostBar' | 'isHost'>;
const shown = ({ order, hostBar, isHost }: PhoneLayout): Shown => ({ order, hostBar, isHost });
/** A participant's screen, by default: no host bar. */
const as = (order: PhonePart[], more: Partial<Shown> = {}): Shown => ({ order, hostBar: null, isHost: false, ...more });

describe('phoneLayout', () => {
  it.each<[string, Snapshot, ParticipantView, Shown]>([
    ['not seated in the lobby: the form to sit down', snapshot(lobby), person('me', null), as(['seat-form', 'status', 'phase-content'])],
    ['not seated when the café is closed: nothing to sit at', snapshot(closed), person('me', null), as(['status', 'phase-content'])],
    [
      'seated in the lobby: the table and who sits there',
      snapshot(lobby, { table: view('t1') }),
      person('me', 't1'),
      as(['table-header', 'status', 'phase-content', 'roster']),
    ],
    ['seated, before the table view arrived: no roster yet', snapshot(lobby), person('me', 't1'), as(['table-header', 'status', 'phase-content'])],
    [
      'a participant during the reflection: the task first, under a compact timer, then the table',
      snapshot(reflection, { table: view('t1') }),
      person('me', 't1'),
      as(['stage-bar', 'question', 'phase-content', 'table-header']),
    ],
    [
      'not seated during the reflection: sitting down comes before the task',
      snapshot(reflection),
      person('me', null),
      as(['stage-bar', 'seat-form', 'question', 'phase-content']),
    ],
    [
      'a participant during the sharing: their turn first',
      snapshot(sharing, { table: view('t1') }),
      person('me', 't1'),
      as(['stage-bar', 'my-turn', 'question', 'phase-content', 'table-header']),
    ],
    [
      'the host during the reflection: the task, then the table and its roster',
      snapshot(reflection, { table: view('t1') }),
      person('host', 't1'),
      as(['stage-bar', 'question', 'phase-content', 'table-header', 'roster'], { isHost: true }),
    ],
    [
      'the host during the sharing: the turn controls pinned within reach',
      snapshot(sharing, { table: view('t1') }),
      person('host', 't1'),
      as(['stage-bar', 'my-turn', 'question', 'phase-content', 'table-header', 'roster'], { isHost: true, hostBar: 'turns' }),
    ],
    [
      'the host during the consolidation: the editor first (its actions stay in reach)',
      snapshot(consolidation, { table: view('t1') }),
      person('host', 't1'),
      as(['stage-bar', 'question', 'phase-content', 'table-header', 'roster'], { isHost: true }),
    ],
    [
      'the host between rounds: who is coming instead',
      snapshot(rotation, { table: view('t1') }),
      person('host', 't1'),
      as(['table-header', 'status', 'phase-content', 'coming'], { isHost: true }),
    ],
    [
      'the host in the lobby once a seating sent people over: who is coming',
      snapshot(lobby, { table: view('t1', [{ id: 'x', displayName: 'X', here: false }]) }),
      person('host', 't1'),
      as(['table-header', 'status', 'phase-content', 'coming'], { isHost: true }),
    ],
    [
      'sent to another table between rounds: where to go',
      snapshot(rotation, { table: view('t1'), arrival: { round: 1, tableId: 't2', checkedIn: false, table: t2 } }),
      person('me', 't2'),
      as(['destination', 'status', 'phase-content']),
    ],
    [
      'sent to another table during the round (applied early): where to go, before the task',
      snapshot(consolidation, { arrival: { round: 1, tableId: 't2', checkedIn: false, table: t2 } }),
      person('me', 't2'),
      as(['stage-bar', 'destination', 'question', 'phase-content']),
    ],
    [
      'arrived between rounds: the arrival card and the table',
      snapshot(rotation, { arrival: { round: 1, tableId: 't2', checkedIn: true, table: t2 } }),
      person('me', 't2'),
      as(['arrived', 'table-header', 'status', 'phase-content']),
    ],
    [
      'a view of another table is not this table',
      snapshot(sharing, { table: view('t2') }),
      person('me', 't1'),
      as(['stage-bar', 'question', 'phase-content', 'table-header']),
    ],
  ])('%s', (_name, snap, me, expected) => {
    expect(shown(phoneLayout(seatedAt(snap, me), me))).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import type { Arrival, ParticipantView, Snapshot, Stage, TableRef, TableView } from '@/lib/realtime/contract';
import { phoneLayout, type PhoneLayout } from './phone-layout';

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

type Shown = Pick<PhoneLayout, 'tablePart' | 'arrivedCard' | 'myTurn' | 'comingList' | 'roster' | 'isHost'>;
const shown = (layout: PhoneLayout): Shown => {
  const { tablePart, arrivedCard, myTurn, comingList, roster, isHost } = layout;
  return { tablePart, arrivedCard, myTurn, comingList, roster, isHost };
};
const base: Shown = { tablePart: 'header', arrivedCard: false, myTurn: false, comingList: false, roster: false, isHost: false };

describe('phoneLayout', () => {
  it.each<[string, Snapshot, ParticipantView, Partial<Shown>]>([
    ['not seated in the lobby: the form to sit down', snapshot(lobby), person('me', null), { tablePart: 'seat-form' }],
    ['not seated when the café is closed: nothing to sit at', snapshot(closed), person('me', null), { tablePart: 'none' }],
    ['seated in the lobby: the table and who sits there', snapshot(lobby, { table: view('t1') }), person('me', 't1'), { roster: true }],
    ['seated, before the table view arrived: no roster yet', snapshot(lobby), person('me', 't1'), {}],
    ['a participant during the reflection: no roster', snapshot(reflection, { table: view('t1') }), person('me', 't1'), {}],
    ['a participant during the sharing: their turn first', snapshot(sharing, { table: view('t1') }), person('me', 't1'), { myTurn: true }],
    ['the host during a round: the roster', snapshot(reflection, { table: view('t1') }), person('host', 't1'), { isHost: true, roster: true }],
    ['the host between rounds: who is coming instead', snapshot(rotation, { table: view('t1') }), person('host', 't1'), { isHost: true, comingList: true }],
    [
      'the host in the lobby once a seating sent people over: who is coming',
      snapshot(lobby, { table: view('t1', [{ id: 'x', displayName: 'X', here: false }]) }),
      person('host', 't1'),
      { isHost: true, comingList: true },
    ],
    [
      'sent to another table between rounds: where to go',
      snapshot(rotation, { table: view('t1'), arrival: { round: 1, tableId: 't2', checkedIn: false, table: t2 } }),
      person('me', 't2'),
      { tablePart: 'destination' },
    ],
    [
      'arrived between rounds: the arrival card and the table',
      snapshot(rotation, { arrival: { round: 1, tableId: 't2', checkedIn: true, table: t2 } }),
      person('me', 't2'),
      { arrivedCard: true },
    ],
    ['a view of another table is not this table', snapshot(sharing, { table: view('t2') }), person('me', 't1'), {}],
  ])('%s', (_name, snap, me, expected) => {
    expect(shown(phoneLayout(seatedAt(snap, me), me))).toEqual({ ...base, ...expected });
  });
});

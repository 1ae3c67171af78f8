import { describe, expect, it } from 'vitest';
import type { Arrival, Snapshot, TableRef } from '@/lib/realtime/contract';
import { makeParticipant, makeSnapshot } from '@/tests/helpers/factories';
import { tableLinkAction, type TableLinkAction } from './table-link';

const t1: TableRef = { id: 't1', number: 1, name: 'Table 1', colour: 'red' };
const t2: TableRef = { id: 't2', number: 2, name: 'Table 2', colour: 'orange' };

/** A phone's snapshot: seated at `table` (or nowhere), with a rotation's arrival or none. */
function phone(table: TableRef | null, arrival: Arrival | null = null): Snapshot {
  return makeSnapshot({ me: makeParticipant({ id: 'me', tableId: table?.id ?? null }), myTable: table, arrival });
}

describe('tableLinkAction', () => {
  it.each<[string, Snapshot, { table: number; hostKey?: string }, TableLinkAction]>([
    ['not seated: sit down', phone(null), { table: 2 }, { kind: 'take' }],
    ['seated at another table: ask first', phone(t1), { table: 2 }, { kind: 'ask', from: t1 }],
    ['seated at another table, with the host link: ask first too', phone(t1), { table: 2, hostKey: 'k' }, { kind: 'ask', from: t1 }],
    ['already at this table: nothing to do', phone(t1), { table: 1 }, { kind: 'none' }],
    ['already at this table, with its host link: become its host', phone(t1), { table: 1, hostKey: 'k' }, { kind: 'take' }],
    [
      'sent here by a rotation, not checked in: the link is the check-in',
      phone(t2, { round: 1, tableId: 't2', checkedIn: false, table: t2 }),
      { table: 2 },
      { kind: 'take' },
    ],
    [
      'sent elsewhere by a rotation: the server names the right table',
      phone(t2, { round: 1, tableId: 't2', checkedIn: false, table: t2 }),
      { table: 1 },
      { kind: 'take' },
    ],
    [
      'checked in after a rotation, then another table’s link: ask',
      phone(t2, { round: 1, tableId: 't2', checkedIn: true, table: t2 }),
      { table: 1 },
      { kind: 'ask', from: t2 },
    ],
    [
      'seat known before its table’s name: sit down (the server decides)',
      makeSnapshot({ me: makeParticipant({ id: 'me', tableId: 't1' }), myTable: null }),
      { table: 2 },
      { kind: 'take' },
    ],
  ])('%s', (_name, view, link, expected) => {
    expect(tableLinkAction(view, link)).toEqual(expected);
  });
});

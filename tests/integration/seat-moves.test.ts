/**
 * Someone opens another table's link mid-round: the organiser is told who moved where, the notes
 * written during the reflection go with their author (and stay where they were shared once shared),
 * and nothing moves once the café is closed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeatMove } from '@/lib/realtime/contract';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, type TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
let organiser: TestClient;
let tableIds: string[];
let hosts: Phone[];
let ana: Phone;
let ben: Phone;

const NOTES = ['Ana: a shared garden', 'Ana: a bench by the bakery'];

/** What the organiser's socket received as `seat:moved`, in order. */
function movesReceived(): SeatMove[] {
  return organiser.received.filter((m) => m.event === 'seat:moved').flatMap((m) => (JSON.parse(m.payload) as [{ moves: SeatMove[] }])[0].moves);
}

/** The texts of the shared notes a phone sees at its table. */
const sharedTexts = (phone: Phone) => phone.client.view?.table?.notes.map((n) => n.text) ?? [];

beforeAll(async () => {
  server = await startTestServer();
  const session = await openSession(server, {
    tables: [
      { name: 'Table 1', colour: 'red' },
      { name: 'Table 2', colour: 'green' },
    ],
  });
  organiser = session.organiser;
  tableIds = session.view.seating!.map((t) => t.id);
  hosts = [];
  for (const [i, id] of tableIds.entries()) hosts.push(await seatPhone(server, session.code, `Host ${i + 1}`, i + 1, hostKeyOf(session.view.hostLinks![id]!)));
  ana = await seatPhone(server, session.code, 'Ana', 1);
  ben = await seatPhone(server, session.code, 'Ben', 2);
});

afterAll(async () => {
  for (const phone of [...hosts, ana, ben]) phone?.client.close();
  organiser?.close();
  await server?.close();
});

describe('moving to another table mid-round', () => {
  it('during the reflection, the mover’s notes go with them and the organiser is told', async () => {
    await control(organiser, 'start');
    await ana.client.until((v) => v.live.stage.kind === 'phase');
    for (const text of NOTES) await ok(ana.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text }));
    await hosts[0]!.client.until((v) => v.table?.notesWritten === 2);
    expect(movesReceived()).toEqual([]);

    // Ana opens table 2's link and confirms on her phone.
    await ok(ana.client.request('seat:take', { commandId: newCommandId(), table: 2 }));
    await hosts[0]!.client.until((v) => v.table?.notesWritten === 0);
    await hosts[1]!.client.until((v) => v.table?.notesWritten === 2 && v.table.roster.some((p) => p.id === ana.id));
    await ana.client.until((v) => v.me?.tableId === tableIds[1] && v.table?.tableId === tableIds[1]);
    const mine = await ok(ana.client.request('session:sync', {}));
    expect(mine.snapshot.myNotes!.map((n) => [n.text, n.tableId])).toEqual(NOTES.map((text) => [text, tableIds[1]]));

    await expect.poll(movesReceived).toEqual([{ participantId: ana.id, displayName: 'Ana', from: tableIds[0], to: tableIds[1], at: expect.any(Number) }]);
    // The console's connection keeps it to show.
    const withMove = await organiser.until((v) => (v.recentMoves ?? []).length === 1);
    expect(withMove.recentMoves!.map((m) => m.displayName)).toEqual(['Ana']);
    // The board's figures follow: table 1 lost a person and two notes, table 2 gained them.
    const board = await organiser.until((v) => v.seating!.map((t) => t.seated).join() === '1,3');
    expect(board.seating!.map((t) => t.seated)).toEqual([1, 3]);
  });

  it('notes left at no table join their author at the next table of the same reflection', async () => {
    await ok(ben.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'Ben: street parties' }));
    await hosts[1]!.client.until((v) => v.table?.notesWritten === 3);
    // The organiser stands Ben up, then seats him at table 1.
    await ok(organiser.request('seat:assign', { commandId: newCommandId(), participantId: ben.id, tableId: null }));
    await ben.client.until((v) => v.me?.tableId === null);
    await ok(organiser.request('seat:assign', { commandId: newCommandId(), participantId: ben.id, tableId: tableIds[0]! }));
    await hosts[0]!.client.until((v) => v.table?.notesWritten === 1);
    await hosts[1]!.client.until((v) => v.table?.notesWritten === 2);
    // The organiser's own moves are not announced back to them.
    expect(movesReceived().map((m) => m.displayName)).toEqual(['Ana']);
  });

  it('from the sharing on, shared notes stay with the table where they were shared', async () => {
    await control(organiser, 'next'); // → sharing
    await hosts[1]!.client.until((v) => v.table?.notes.length === 2);
    expect(sharedTexts(hosts[1]!)).toEqual(NOTES);
    expect(sharedTexts(hosts[0]!)).toEqual(['Ben: street parties']);

    await ok(ana.client.request('seat:take', { commandId: newCommandId(), table: 1 }));
    await hosts[0]!.client.until((v) => v.table?.roster.some((p) => p.id === ana.id) === true);
    await ana.client.until((v) => v.table?.tableId === tableIds[0]);
    expect(sharedTexts(ana)).toEqual(['Ben: street parties']);
    expect(sharedTexts(hosts[1]!)).toEqual(NOTES);
    await expect
      .poll(() => movesReceived().map((m) => [m.from, m.to]))
      .toEqual([
        [tableIds[0], tableIds[1]],
        [tableIds[1], tableIds[0]],
      ]);
  });

  it('once the café is closed, seats and ideas no longer change', async () => {
    for (let i = 0; i < 40 && organiser.view!.live.stage.kind !== 'closed'; i++) await control(organiser, 'next');
    await ana.client.until((v) => v.live.stage.kind === 'closed');
    const refusals = await Promise.all([
      ana.client.request('seat:take', { commandId: newCommandId(), table: 2 }),
      organiser.request('seat:assign', { commandId: newCommandId(), participantId: ana.id, tableId: tableIds[1]! }),
      organiser.request('seat:fill', { commandId: newCommandId() }),
      organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[0]!, participantId: null }),
      organiser.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'Too late', sourceNoteIds: [], tableId: tableIds[0]! }),
    ]);
    expect(refusals.map((ack) => (ack.ok ? 'ok' : ack.code))).toEqual(Array(5).fill('session-closed'));
    const after = await ok(organiser.request('session:sync', {}));
    expect(after.snapshot.seating!.map((t) => [t.seated, t.hostName])).toEqual([
      [3, 'Host 1'],
      [1, 'Host 2'],
    ]);
  });
});

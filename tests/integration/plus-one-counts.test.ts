import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlusOnesBroadcast, Snapshot } from '@/lib/realtime/contract';
import { ok, sharingCafe, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

/**
 * A +1 changes only a count: the table gets the new counts (`table:plus-ones`), not its whole view
 * again, and every view of the table — the phones', the console's that opened it — shows them.
 */
let server: TestServer;
let organiser: TestClient;
let watcher: TestClient;
let tableIds: string[] = [];
let atOne: Phone[] = [];
let atTwo: Phone;

const countOf = (view: Snapshot | null, noteId: string, tableId: string) =>
  (view?.role === 'organiser' ? view.tables?.find((t) => t.tableId === tableId) : view?.table)?.notes.find((n) => n.id === noteId)?.plusOnes;

function received(client: TestClient, from: number, event: string): unknown[] {
  return client.received
    .slice(from)
    .filter((m) => m.event === event)
    .map((m) => (JSON.parse(m.payload) as unknown[])[0]);
}

beforeAll(async () => {
  server = await startTestServer();
  ({ organiser, watcher, tableIds, atOne, atTwo } = await sharingCafe(server));
});

afterAll(async () => {
  for (const p of [...atOne, atTwo]) p.client.close();
  watcher?.close();
  organiser?.close();
  await server?.close();
});

describe('a +1', () => {
  it('sends the table its new count, not its view, and every view of the table shows it', async () => {
    const noteId = atOne[0]!.client.view!.table!.notes[0]!.id;
    const clients = [...atOne.map((p) => p.client), atTwo.client, watcher];
    const marks = new Map(clients.map((c) => [c, c.received.length]));

    await ok(atOne[1]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: true }));
    await ok(atOne[2]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: true }));
    for (const p of atOne) await p.client.until((v) => countOf(v, noteId, tableIds[0]!) === 2);
    await watcher.until((v) => countOf(v, noteId, tableIds[0]!) === 2);

    for (const client of [...atOne.map((p) => p.client), watcher]) {
      const counts = received(client, marks.get(client)!, 'table:plus-ones') as PlusOnesBroadcast[];
      expect(counts.length).toBeGreaterThan(0);
      expect(counts.at(-1)).toEqual({ tableId: tableIds[0], counts: { [noteId]: 2 } });
      expect(received(client, marks.get(client)!, 'table:view')).toEqual([]);
    }
    // Another table hears nothing of it.
    expect(received(atTwo.client, marks.get(atTwo.client)!, 'table:plus-ones')).toEqual([]);
  });

  it('taken back, the count goes down for everyone', async () => {
    const noteId = atOne[0]!.client.view!.table!.notes[0]!.id;
    await ok(atOne[1]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: false }));
    await ok(atOne[2]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: false }));
    for (const p of atOne) await p.client.until((v) => countOf(v, noteId, tableIds[0]!) === 0);
    await watcher.until((v) => countOf(v, noteId, tableIds[0]!) === 0);
  });

  it('a console that was away sees the counts given meanwhile once it is back (the table it opened is sent again)', async () => {
    const noteId = atOne[1]!.client.view!.table!.notes[1]!.id;
    watcher.socket.disconnect();
    await ok(atOne[0]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: true }));
    await atOne[0]!.client.until((v) => countOf(v, noteId, tableIds[0]!) === 1);
    watcher.socket.connect();
    await watcher.until((v) => countOf(v, noteId, tableIds[0]!) === 1);
  });
});

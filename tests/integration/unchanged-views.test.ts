import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot, TableView } from '@/lib/realtime/contract';
import { control, ok, sharingCafe, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

/**
 * A stage change that changes nothing a table shows (the sharing's notes into the consolidation)
 * sends that table no view: its phones and the console that opened it keep theirs, which is what
 * a fresh snapshot shows — also after a phone came back. Only a phone handed a view its room never
 * received makes the table's view go out again. At 2,000 phones this was 12 MB sent for nothing.
 */
let server: TestServer;
let organiser: TestClient;
let watcher: TestClient;
let tableIds: string[] = [];
let atOne: Phone[] = [];
let atTwo: Phone;

const tableViews = (client: TestClient, from: number) =>
  client.received
    .slice(from)
    .filter((m) => m.event === 'table:view')
    .map((m) => (JSON.parse(m.payload) as [{ view: TableView }])[0].view);

const heldView = (view: Snapshot | null, tableId: string) => (view?.role === 'organiser' ? view.tables?.find((t) => t.tableId === tableId) : view?.table);

/** What a table shows, whatever its sequence number. */
const shown = (view: TableView | null | undefined) => (view ? { ...view, tableSeq: 0 } : view);

/** The table's view built now: a phone's snapshot, or the console opening the table again. */
async function freshView(client: TestClient, tableId: string): Promise<TableView | null | undefined> {
  if (client === watcher) return (await ok(client.request('table:watch', { tableId }))).view;
  const sync = await ok(client.request('session:sync', {}));
  return heldView(sync.snapshot, tableId);
}

beforeAll(async () => {
  server = await startTestServer();
  ({ organiser, watcher, tableIds, atOne, atTwo } = await sharingCafe(server));
  for (const p of atOne) await p.client.until((v) => v.table?.speaking !== null);
  const noteId = atOne[0]!.client.view!.table!.notes[0]!.id;
  await ok(atOne[1]!.client.request('reaction:set', { commandId: newCommandId(), targetId: noteId, on: true }));
  for (const p of atOne) await p.client.until((v) => v.table?.notes.find((n) => n.id === noteId)?.plusOnes === 1);
});

afterAll(async () => {
  for (const p of [...atOne, atTwo]) p.client.close();
  watcher?.close();
  organiser?.close();
  await server?.close();
});

/** Long enough for the stage change's views to have left (two tables, one slice, sent at once). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

const inConsolidation = (v: Snapshot) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'consolidation';

describe('a stage change that changes nothing at a table', () => {
  it('sends it no view — not even to a table a phone came back to — and its phones and the console keep one a fresh snapshot agrees with', async () => {
    // Table 2's phone drops and comes back: its snapshot shows what its table's room last received.
    atTwo.client.socket.disconnect();
    atTwo.client.socket.connect();
    await atTwo.client.until(() => atTwo.client.socket.connected);
    await ok(atTwo.client.request('session:sync', {}));
    const clients = [...atOne.map((p) => p.client), watcher, atTwo.client];
    const marks = new Map(clients.map((c) => [c, c.received.length]));

    await control(organiser, 'next'); // consolidation
    for (const client of clients) await client.until(inConsolidation);
    await settle();

    for (const client of clients) {
      const tableId = client === atTwo.client ? tableIds[1]! : tableIds[0]!;
      const fresh = await freshView(client, tableId);
      expect(tableViews(client, marks.get(client)!)).toEqual([]);
      expect(fresh?.notes.length).toBeGreaterThan(0);
      expect(shown(heldView(client.view, tableId))).toEqual(shown(fresh));
    }
  });

  it('sends it its view after all if a phone was handed one the room never received (the table changed, then changed back)', async () => {
    const [ana, bo, chloe] = atOne;
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[0]!, participantId: ana!.id }));
    for (const p of atOne) await p.client.until((v) => v.table?.hostId === ana!.id);
    const marks = new Map([...atOne.map((p) => p.client), atTwo.client].map((c) => [c, c.received.length]));
    await control(organiser, 'next'); // the rotation: what the tables show does not change
    for (const client of marks.keys()) await client.until((v) => v.live.stage.kind === 'rotation');
    await settle();
    for (const [client, mark] of marks) expect(tableViews(client, mark)).toEqual([]);

    // Between two broadcasts the table has another host, long enough for Chloé's phone to come back and be shown it…
    server.db.$client.prepare('update cafe_tables set host_id = ? where id = ?').run(bo!.id, tableIds[0]!);
    chloe!.client.socket.disconnect();
    chloe!.client.socket.connect();
    await chloe!.client.until((v) => v.table?.hostId === bo!.id);
    // …then the first host again, before any view of it went out; the organiser confirms her.
    server.db.$client.prepare('update cafe_tables set host_id = ? where id = ?').run(ana!.id, tableIds[0]!);
    const mark = chloe!.client.received.length;
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[0]!, participantId: ana!.id }));
    await chloe!.client.until((v) => v.table?.hostId === ana!.id);
    expect(tableViews(chloe!.client, mark)).toHaveLength(1);
    expect(shown(chloe!.client.view?.table)).toEqual(shown(await freshView(chloe!.client, tableIds[0]!)));
  });

  it('sends the view again once the table shows something new (its host)', async () => {
    const host = atOne[1]!;
    const marks = new Map(atOne.map((p) => [p.client, p.client.received.length]));
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[0]!, participantId: host.id }));
    for (const p of atOne) await p.client.until((v) => v.table?.hostId === host.id);
    for (const p of atOne) expect(tableViews(p.client, marks.get(p.client)!).length).toBeGreaterThan(0);
  });
});

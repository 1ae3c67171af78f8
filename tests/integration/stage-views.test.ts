import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveState } from '@/lib/domain/session-machine';
import type { TableView } from '@/lib/realtime/contract';
import { control, ok } from '@/tests/helpers/cafe';
import { openRoom, type Room } from '@/tests/helpers/room';
import { newCommandId, type TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

/**
 * A stage change sends every table its own view. The server reads the tables' content 20 at a time
 * and sends 5 views per turn of its event loop: at 45 tables, three reads and nine turns. The notes'
 * own views (their counts) are still going out when the organiser moves on to the sharing: none of
 * them may reach a phone after the sharing's state with the reflection's view (notes hidden, yet the
 * sharing's tour de table). Each table gets the sharing's view once, its own.
 */
const TABLES = 45;
let server: TestServer;
let room: Room;

const isSharing = ({ stage }: LiveState) => stage.kind === 'phase' && stage.phase === 'sharing';

/** The table views a phone received after it was told the session entered the sharing. */
function viewsAfterSharing(client: TestClient): TableView[] {
  const sharing = client.received.findIndex((m) => m.event === 'session:state' && isSharing((JSON.parse(m.payload) as [{ live: LiveState }])[0].live));
  expect(sharing).toBeGreaterThanOrEqual(0);
  return client.received
    .slice(sharing)
    .filter((m) => m.event === 'table:view')
    .map((m) => (JSON.parse(m.payload) as [{ view: TableView }])[0].view);
}

beforeAll(async () => {
  server = await startTestServer();
  room = await openRoom(server, { tables: TABLES, movers: 0, rounds: 1 });
  await control(room.organiser, 'start'); // the reflection
  await Promise.all(
    room.hosts.map((host, t) => ok(host.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: `Note from table ${t + 1}` }))),
  );
}, 60_000);

afterAll(async () => {
  room?.close();
  await server?.close();
});

describe('a stage change at a café of 45 tables, while the notes’ views are still going out', () => {
  it('sends each table, after the new state, exactly one view: its own, with its shared note and its tour de table', async () => {
    await control(room.organiser, 'next'); // the sharing
    await Promise.all(room.hosts.map((h) => h.client.until((v) => v.table?.speaking != null && v.table.notes.length > 0)));
    await new Promise((resolve) => setTimeout(resolve, 200)); // a late view would have left by now

    room.hosts.forEach((host, t) => {
      const views = viewsAfterSharing(host.client);
      expect(views.map((v) => v.tableId)).toEqual([room.tableIds[t]]);
      expect(views[0]!.notes.map((n) => n.text)).toEqual([`Note from table ${t + 1}`]);
      expect(views[0]!.speaking?.turns.map((turn) => turn.participantId)).toEqual([host.id]);
    });
  });
});

import { dirname } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '@/db/client';
import { seatsOfRound } from '@/db/queries/round-seats';
import { loadQueue, tablesWithQueue } from '@/db/queries/speaking';
import { pendingStageWork } from '@/db/queries/stage-work';
import { requireSessionContext } from '@/lib/realtime/server/session-context';
import { CommitBatcher } from '@/lib/realtime/server/commit-batcher';
import { applyControl } from '@/lib/realtime/server/session-control';
import { storageStatus } from '@/lib/server/storage-status';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, tempDbPath, type TestServer } from '@/tests/helpers/test-server';

// Decision 0020: the sharing's tours de table and the round's seating are written just after the
// stage's state goes out, in their own transaction; a server stopped in between writes them at start.

const temp = tempDbPath();
const open: { close(): unknown }[] = [];

afterAll(async () => {
  for (const thing of open.reverse()) await thing.close();
  temp.cleanup();
});

async function seatedRoom(server: TestServer) {
  const session = await openSession(server);
  open.push(session.organiser);
  const tableIds = session.view.seating!.map((t) => t.id);
  const phones: Phone[] = [];
  for (const [name, table] of [
    ['Ada', 1],
    ['Bo', 1],
    ['Cy', 2],
  ] as const)
    phones.push(await seatPhone(server, session.code, name, table));
  for (const p of phones) open.push(p.client);
  return { ...session, tableIds, phones };
}

function seatedIn(server: TestServer, sessionId: string, round: number) {
  return seatsOfRound(server.db, sessionId, round)
    .map((s) => ({ participantId: s.participantId, tableId: s.tableId, status: s.status }))
    .sort((a, b) => a.participantId.localeCompare(b.participantId));
}

describe('a stage change’s own writes, after its state (decision 0020)', () => {
  it('records the round’s seating and starts every tour de table before any table’s view, and leaves nothing due', async () => {
    const server = await startTestServer();
    open.push(server);
    const room = await seatedRoom(server);
    const [ada, bo, cy] = room.phones as [Phone, Phone, Phone];
    const [one, two] = room.tableIds as [string, string];

    await control(room.organiser, 'start');
    await Promise.all(room.phones.map((p) => p.client.until((v) => v.live.stage.kind === 'phase')));
    const expected = [
      { participantId: ada.id, tableId: one, status: 'seated' },
      { participantId: bo.id, tableId: one, status: 'seated' },
      { participantId: cy.id, tableId: two, status: 'seated' },
    ].sort((a, b) => a.participantId.localeCompare(b.participantId));
    expect(seatedIn(server, room.sessionId, 0)).toEqual(expected);

    await control(room.organiser, 'next'); // sharing
    for (const p of room.phones) {
      await p.client.until((v) => (v.table?.speaking?.turns.length ?? 0) > 0);
      // The first table view after the sharing's state already carries the tour de table.
      const log = p.client.received;
      const state = log.findIndex((m) => m.event === 'session:state' && m.payload.includes('"sharing"'));
      const view = log.findIndex((m, i) => i > state && m.event === 'table:view');
      expect(state).toBeGreaterThanOrEqual(0);
      expect(log[view]!.payload).toContain(`"participantId":"${p.id}"`);
    }
    expect(ada.client.view!.table!.speaking!.turns.map((t) => t.participantId).sort()).toEqual([ada.id, bo.id].sort());
    expect(tablesWithQueue(server.db, room.sessionId, 0)).toEqual(new Set(room.tableIds));
    expect(pendingStageWork(server.db)).toEqual([]);
  });

  it('keeps a tour de table that a command in the same batch started just after the move into the sharing, before its work', async () => {
    const server = await startTestServer();
    open.push(server);
    const room = await seatedRoom(server);
    const [ada, bo] = room.phones as [Phone, Phone, Phone];
    const [one, two] = room.tableIds as [string, string];
    await control(room.organiser, 'start');
    await Promise.all(room.phones.map((p) => p.client.until((v) => v.live.stage.kind === 'phase')));

    // How many commands each committed batch carried.
    const batches: number[] = [];
    const flush = CommitBatcher.prototype.flush;
    const spy = vi.spyOn(CommitBatcher.prototype, 'flush').mockImplementation(function (this: CommitBatcher, budgetMs?: number) {
      const before = this.counts.jobs;
      flush.call(this, budgetMs);
      batches.push(this.counts.jobs - before);
    });
    try {
      // One socket, two commands written together: the server reads them at once, into one batch, the move first.
      const moved = room.organiser.request('session:control', { commandId: newCommandId(), action: 'next' });
      const turned = room.organiser.request('turn:next', { commandId: newCommandId(), tableId: one });
      expect(await moved).toMatchObject({ ok: true });
      expect(await turned).toEqual({ ok: true });
      expect(batches).toContain(2);
    } finally {
      spy.mockRestore();
    }

    // Table 1's tour de table is the one the command started and moved on (its first turn over); table 2's starts afresh.
    const started = loadQueue(server.db, one, 0)!;
    expect(started.turns.map((t) => t.status)).toEqual(['done', 'speaking']);
    expect(started.turns.map((t) => t.participantId).sort()).toEqual([ada.id, bo.id].sort());
    expect(loadQueue(server.db, two, 0)!.turns.map((t) => t.status)).toEqual(['speaking']);
    expect(pendingStageWork(server.db)).toEqual([]);
    const view = await ada.client.until((v) => v.table?.speaking?.turns[0]?.status === 'done');
    expect(view.table!.speaking).toEqual(started);
  });

  it('is done at start by a server stopped between a stage’s commit and its work', async () => {
    const first = await startTestServer({ dbPath: temp.path });
    const room = await seatedRoom(first);
    const [ada, bo, cy] = room.phones as [Phone, Phone, Phone];
    const [one, two] = room.tableIds as [string, string];
    for (const p of room.phones) p.client.close();
    room.organiser.close();
    await first.close();

    // What the server commits for "start" then "next" before announcing them; the process dies there.
    const db = openDatabase(temp.path);
    const now = Date.now();
    db.transaction((tx) => applyControl(tx, requireSessionContext(tx, room.sessionId), { type: 'start' }, now));
    db.transaction((tx) => applyControl(tx, requireSessionContext(tx, room.sessionId), { type: 'next' }, now + 1));
    expect(pendingStageWork(db)).toEqual([
      { sessionId: room.sessionId, kind: 'seating', round: 0 },
      { sessionId: room.sessionId, kind: 'speaking', round: 0 },
    ]);
    expect(seatsOfRound(db, room.sessionId, 0)).toEqual([]);
    expect(tablesWithQueue(db, room.sessionId, 0).size).toBe(0);
    db.$client.close();

    const second = await startTestServer({ dbPath: temp.path });
    open.push(second);
    expect(pendingStageWork(second.db)).toEqual([]);
    expect(seatedIn(second, room.sessionId, 0).map((s) => s.tableId)).toEqual(
      [
        [ada.id, one],
        [bo.id, one],
        [cy.id, two],
      ]
        .sort((a, b) => a[0]!.localeCompare(b[0]!))
        .map(([, table]) => table),
    );
    expect(tablesWithQueue(second.db, room.sessionId, 0)).toEqual(new Set(room.tableIds));

    // Ada's phone comes back and finds her table's tour de table.
    const back = new TestClient(second.url, () => ({ joinCode: room.code, participantToken: ada.token }));
    open.push(back);
    const view = await back.until((v) => v.live.stage.kind === 'phase' && v.table?.speaking !== undefined && v.table.speaking !== null);
    expect(view.table!.speaking!.turns.map((t) => t.participantId).sort()).toEqual([ada.id, bo.id].sort());
  });

  it('keeps the stage when its work fails: the phones still get it, the failure is logged and noted for the health check, and the work stays due until the next start', async () => {
    const failing = tempDbPath();
    open.push({ close: () => failing.cleanup() });
    const server = await startTestServer({ dbPath: failing.path });
    const session = await openSession(server);
    const one = session.view.seating![0]!.id;
    const host = await seatPhone(server, session.code, 'Host', 1, hostKeyOf(session.view.hostLinks![one]!));
    const ada = await seatPhone(server, session.code, 'Ada', 1);
    open.push(server, session.organiser, host.client, ada.client);
    await control(session.organiser, 'start');
    await ada.client.until((v) => v.live.stage.kind === 'phase');
    await ok(ada.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'a note of Ada' }));

    // The disk fills up as the sharing starts: no turn of a tour de table, and no probe of the health check, can be written.
    const fill = (table: string) =>
      server.db.$client.exec(`create trigger full_${table} before insert on ${table} begin select raise(abort, 'database or disk is full'); end`);
    fill('speaking_turns');
    fill('settings');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await control(session.organiser, 'next'); // acknowledged: the stage is committed
      for (const phone of [host, ada]) {
        await phone.client.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'sharing');
        // Its table's view still follows (Ada's note is shared), without a tour de table.
        const view = await phone.client.until((v) => v.table?.notes.length === 1);
        expect(view.table!.notes[0]!.text).toBe('a note of Ada');
        expect(view.table!.speaking).toBeNull();
      }
      expect(logged).toHaveBeenCalledWith(
        expect.stringContaining('tours de table or seating failed'),
        expect.objectContaining({ message: 'database or disk is full' }),
      );
      expect(storageStatus(server.db, dirname(server.dbPath))).toMatchObject({ ok: false, reason: 'disk-full' });
      expect(pendingStageWork(server.db)).toEqual([{ sessionId: session.sessionId, kind: 'speaking', round: 0 }]);
    } finally {
      logged.mockRestore();
      server.db.$client.exec('drop trigger full_speaking_turns; drop trigger full_settings');
    }

    // Space is back: the health check says so, and the host's "next speaker" starts the tour de table.
    expect(storageStatus(server.db, dirname(server.dbPath))).toEqual({ ok: true });
    await ok(host.client.request('turn:next', { commandId: newCommandId() }));
    const view = await ada.client.until((v) => (v.table?.speaking?.turns.length ?? 0) === 2);
    expect(view.table!.speaking!.turns.map((t) => t.participantId).sort()).toEqual([host.id, ada.id].sort());
    // Still due: the next start writes the tours de table of the other tables, and keeps the one the host started.
    expect(pendingStageWork(server.db)).toEqual([{ sessionId: session.sessionId, kind: 'speaking', round: 0 }]);
    const started = loadQueue(server.db, one, 0)!.turns; // the host moved it on: the first turn is over
    for (const client of [session.organiser, host.client, ada.client]) client.close();
    await server.close();
    const restarted = await startTestServer({ dbPath: failing.path });
    open.push(restarted);
    expect(pendingStageWork(restarted.db)).toEqual([]);
    expect(loadQueue(restarted.db, one, 0)!.turns).toEqual(started);
    expect(tablesWithQueue(restarted.db, session.sessionId, 0)).toEqual(new Set(session.view.seating!.map((t) => t.id)));
  });
});

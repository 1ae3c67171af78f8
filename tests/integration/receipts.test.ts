/**
 * Idempotency keys are not bearer tokens: a join's receipt belongs to the device that sent it, and a
 * commandId sent again with another payload (or for another command) is a conflict, never a replay.
 */
import { PROTOCOL_VERSION } from '@/lib/realtime/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, ok, openSession, seatPhone } from '@/tests/helpers/cafe';
import { openRoom } from '@/tests/helpers/room';
import { connectError, newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
const open: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const client of open) client.close();
  await server?.close();
});

async function guest(code: string, deviceId?: string): Promise<TestClient> {
  const client = new TestClient(server.url, () => ({ joinCode: code, ...(deviceId ? { deviceId } : {}) }));
  open.push(client);
  await client.until((v) => v.role === 'guest');
  return client;
}

describe('join receipts belong to the device', () => {
  it('another phone sending the first one’s commandId joins as someone new and revokes nothing', async () => {
    const { code, organiser } = await openSession(server);
    open.push(organiser);
    const join = { commandId: newCommandId(), displayName: 'Ana' };
    const first = await ok((await guest(code, newCommandId())).request('participant:join', join));
    const second = await ok((await guest(code, newCommandId())).request('participant:join', join));
    if (first.status !== 'joined' || second.status !== 'joined') throw new Error('waiting');
    expect(second.participantId).not.toBe(first.participantId);
    // The first phone's token still works.
    const back = new TestClient(server.url, () => ({ joinCode: code, participantToken: first.participantToken }));
    open.push(back);
    expect((await back.until((v) => v.role === 'participant')).me?.id).toBe(first.participantId);
    await organiser.until((v) => v.participantCount === 2);
  });

  it('refuses a malformed device id at the handshake', async () => {
    const { code } = await openSession(server);
    expect(await connectError(server.url, { protocol: PROTOCOL_VERSION, joinCode: code, deviceId: 'not a device id!' })).toBe('invalid-payload');
  });

  it('without a device id, a join is recognised on its own connection only', async () => {
    const { code } = await openSession(server);
    const join = { commandId: newCommandId(), displayName: 'Bo' };
    const first = await ok((await guest(code)).request('participant:join', join));
    const second = await ok((await guest(code)).request('participant:join', join));
    expect(first.status === 'joined' && second.status === 'joined' && first.participantId !== second.participantId).toBe(true);
  });

  it('the same device sending its join again, on a new connection, gets its participant back (with a new token)', async () => {
    const { code } = await openSession(server);
    const device = newCommandId();
    const join = { commandId: newCommandId(), displayName: 'Chloé' };
    const first = await ok((await guest(code, device)).request('participant:join', join));
    const retry = await ok((await guest(code, device)).request('participant:join', join));
    if (first.status !== 'joined' || retry.status !== 'joined') throw new Error('waiting');
    expect(retry.participantId).toBe(first.participantId);
    expect(retry.participantToken).not.toBe(first.participantToken);
    expect(await connectError(server.url, { protocol: PROTOCOL_VERSION, joinCode: code, participantToken: first.participantToken })).toBe('unauthorised');
    // The same commandId with another name is not a retry.
    expect(await (await guest(code, device)).request('participant:join', { ...join, displayName: 'Someone else' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });
});

describe('a join sent again after its ack was lost', () => {
  it('brings the participant back at the table the organiser gave them meanwhile, hearing what happens there', async () => {
    const { organiser, code, view } = await openSession(server);
    open.push(organiser);
    const device = newCommandId();
    const join = { commandId: newCommandId(), displayName: 'Dana' };
    const first = await ok((await guest(code, device)).request('participant:join', join));
    if (first.status !== 'joined') throw new Error('waiting');
    await ok(organiser.request('seat:fill', { commandId: newCommandId() }));
    const retry = await guest(code, device);
    await ok(retry.request('participant:join', join));
    const seated = await retry.until((v) => v.role === 'participant' && v.table !== null && v.table !== undefined);
    const tableId = seated.table!.tableId;
    expect(view.seating?.some((t) => t.id === tableId)).toBe(true);
    // Something changes at the table: the phone is in its room, so it hears it.
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId, participantId: first.participantId }));
    await retry.until((v) => v.table?.hostId === first.participantId);
  });
});

describe('a commandId sent again with another payload', () => {
  it('is a conflict for a participant’s note, which keeps its first text', async () => {
    const { organiser, code } = await openSession(server);
    open.push(organiser);
    const ana = await seatPhone(server, code, 'Ana', 1);
    open.push(ana.client);
    await control(organiser, 'start');
    await ana.client.until((v) => v.live.stage.kind === 'phase');
    const note = { commandId: newCommandId(), noteId: newCommandId(), text: 'first text' };
    await ok(ana.client.request('note:add', note));
    expect(await ana.client.request('note:add', note)).toEqual({ ok: true });
    expect(await ana.client.request('note:add', { ...note, text: 'another text' })).toMatchObject({ ok: false, code: 'conflict' });
    expect(await ana.client.request('note:edit', { commandId: note.commandId, noteId: note.noteId, text: 'another text' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    const view = await ana.client.request('session:sync', {});
    expect(view.ok && view.snapshot.myNotes?.map((n) => n.text)).toEqual(['first text']);
  });

  it('is a conflict for the organiser’s controls, which change nothing', async () => {
    const { organiser } = await openSession(server);
    open.push(organiser);
    await control(organiser, 'start');
    const pause = { commandId: newCommandId(), action: 'pause' as const };
    const paused = await ok(organiser.request('session:control', pause));
    expect(await organiser.request('session:control', pause)).toEqual(paused);
    expect(await organiser.request('session:control', { commandId: pause.commandId, action: 'next' })).toMatchObject({ ok: false, code: 'conflict' });
    const view = await ok(organiser.request('session:sync', {}));
    expect(view.snapshot.live.stage).toEqual({ kind: 'phase', round: 0, phase: 'reflection' });
    expect(view.snapshot.seq).toBe(paused.seq);
  });
});

describe('the docs and the server agree', () => {
  it('re-applying a rotation already applied answers conflict, as the protocol says', async () => {
    const room = await openRoom(server, { tables: 2, movers: 4, rounds: 2 });
    await ok(room.organiser.request('rotation:plan', { commandId: newCommandId(), seed: 7 }));
    const applied = await ok(room.organiser.request('rotation:apply', { commandId: newCommandId() }));
    expect(applied.moved).toBe(4);
    expect(await room.organiser.request('rotation:apply', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'conflict' });
    room.close();
  });
});

/** The organiser removes a participant (one, or a selection): the token stops working, the phones are disconnected, their content goes, the tables and counts follow. */
import { PROTOCOL_VERSION } from '@/lib/realtime/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from '@/tests/helpers/cafe';
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

const count = (sql: string, ...params: string[]) => (server.db.$client.prepare(sql).get(...params) as { n: number }).n;

describe('removing a participant', () => {
  it('ends their token and sockets, deletes what they wrote, and the table, the counts and the console follow', async () => {
    const { organiser, code, view, sessionId } = await openSession(server, { tables: [{ name: 'Only', colour: 'teal' }] });
    open.push(organiser);
    const tableId = view.seating![0]!.id;
    const host = await seatPhone(server, code, 'Hana', 1, hostKeyOf(view.hostLinks![tableId]!));
    const ana = await seatPhone(server, code, 'Ana', 1);
    const prankster = await seatPhone(server, code, 'Prankster', 1);
    open.push(host.client, ana.client, prankster.client);
    await organiser.loadParticipants();

    await control(organiser, 'start');
    await prankster.client.until((v) => v.live.stage.kind === 'phase');
    const rude = { commandId: newCommandId(), noteId: newCommandId(), text: 'something rude' };
    await ok(prankster.client.request('note:add', rude));
    await ok(ana.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'a real idea' }));
    await control(organiser, 'next'); // sharing: the notes are on the table
    await ana.client.until((v) => v.table?.notes.length === 2);
    await ok(ana.client.request('reaction:set', { commandId: newCommandId(), targetId: rude.noteId, on: true }));
    await ok(
      prankster.client.request('reaction:set', {
        commandId: newCommandId(),
        targetId: ana.client.view!.table!.notes.find((n) => n.text === 'a real idea')!.id,
        on: true,
      }),
    );
    await ana.client.until((v) => v.table?.notes.every((n) => n.plusOnes === 1) === true);

    expect(await organiser.request('participant:remove', { commandId: newCommandId(), participantIds: [prankster.id] })).toEqual({ ok: true, removed: 1 });

    // Their phone is told, then disconnected; their token no longer opens anything.
    await prankster.client.until(() => prankster.client.removed);
    expect(await connectError(server.url, { protocol: PROTOCOL_VERSION, joinCode: code, participantToken: prankster.token })).toBe('unauthorised');
    // The table: no prankster, no rude note, no +1 of theirs; the speaking order without them.
    const table = (await ana.client.until((v) => v.table?.roster.length === 2 && v.table.notes.length === 1)).table!;
    expect(table.roster.map((r) => r.displayName).sort()).toEqual(['Ana', 'Hana']);
    expect(table.notes).toEqual([expect.objectContaining({ text: 'a real idea', plusOnes: 0 })]);
    expect(table.speaking?.turns.map((t) => t.participantId)).not.toContain(prankster.id);
    // The counts and the console.
    await ana.client.until((v) => v.participantCount === 2);
    const console_ = await organiser.until((v) => v.participantCount === 2 && v.participants?.length === 2 && v.seating![0]!.seated === 2);
    expect(console_.participants!.map((p) => p.displayName).sort()).toEqual(['Ana', 'Hana']);
    expect(count('select count(*) n from notes where author_id = ?', prankster.id)).toBe(0);
    expect(count('select count(*) n from reactions where participant_id = ?', prankster.id)).toBe(0);
    expect(count('select count(*) n from command_receipts where actor = ?', `p:${prankster.id}`)).toBe(0);
    expect(count('select count(*) n from participants where session_id = ?', sessionId)).toBe(2);
  });

  it('removes a selection at once — a host among them leaves the table without a host — and refuses a stale selection whole', async () => {
    const { organiser, code, view } = await openSession(server);
    open.push(organiser);
    const tableId = view.seating![0]!.id;
    const host = await seatPhone(server, code, 'Host', 1, hostKeyOf(view.hostLinks![tableId]!));
    const bots: Phone[] = await Promise.all(['Bot 1', 'Bot 2', 'Bot 3'].map((name) => seatPhone(server, code, name, 2)));
    const stays = await seatPhone(server, code, 'Stays', 2);
    open.push(host.client, stays.client, ...bots.map((b) => b.client));
    await organiser.until((v) => v.participantCount === 5);

    const selection = [host.id, ...bots.map((b) => b.id)];
    expect(await organiser.request('participant:remove', { commandId: newCommandId(), participantIds: [...selection, 'not-a-participant'] })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(count('select count(*) n from participants where id = ?', host.id)).toBe(1);

    expect(await organiser.request('participant:remove', { commandId: newCommandId(), participantIds: selection })).toEqual({ ok: true, removed: 4 });
    const after = await organiser.until((v) => v.participantCount === 1 && v.seating![0]!.hostId === null && v.seating![1]!.seated === 1);
    expect(after.seating![0]).toMatchObject({ hostId: null, hostName: null, seated: 0 });
    await stays.client.until((v) => v.table?.roster.length === 1);
    for (const phone of [host, ...bots]) await phone.client.until(() => phone.client.removed);
    // Someone removed by mistake joins again, as a new participant.
    const again = new TestClient(server.url, () => ({ joinCode: code, deviceId: newCommandId() }));
    open.push(again);
    await again.until((v) => v.role === 'guest');
    const rejoined = await ok(again.request('participant:join', { commandId: newCommandId(), displayName: 'Host' }));
    expect(rejoined).toMatchObject({ status: 'joined' });
    expect(rejoined.status === 'joined' && rejoined.participantId).not.toBe(host.id);
  });

  it('is for the organiser of this session only', async () => {
    const { organiser, code } = await openSession(server);
    open.push(organiser);
    const ana = await seatPhone(server, code, 'Ana', 1);
    const bo = await seatPhone(server, code, 'Bo', 1);
    open.push(ana.client, bo.client);
    expect(await ana.client.request('participant:remove', { commandId: newCommandId(), participantIds: [bo.id] })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    // Another session's organiser console cannot remove them either.
    const other = await openSession(server);
    open.push(other.organiser);
    expect(await other.organiser.request('participant:remove', { commandId: newCommandId(), participantIds: [bo.id] })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(count('select count(*) n from participants where id = ?', bo.id)).toBe(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, ok, openSession, seatPhone } from '@/tests/helpers/cafe';
import type { TableView } from '@/lib/realtime/contract';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
const clients: TestClient[] = [];

function storedNotes(authorId: string): { id: string; text: string }[] {
  return server.db.$client.prepare('select id, text from notes where author_id = ? order by created_at, id').all(authorId) as { id: string; text: string }[];
}

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  for (const c of clients) c.close();
  await server?.close();
});

describe('notes survive a flaky connection, exactly once', () => {
  it('stores exactly 3 notes when a phone drops while sending 3 and resends them all on reconnect', async () => {
    const { organiser, code } = await openSession(server);
    clients.push(organiser);
    const phone = await seatPhone(server, code, 'Flaky', 1);
    clients.push(phone.client);
    await control(organiser, 'start');
    await phone.client.until((v) => v.live.stage.kind === 'phase');

    // The outbox: three writes, each with its note id and command id, kept until acknowledged.
    const outbox = [1, 2, 3].map((i) => ({ commandId: newCommandId(), noteId: newCommandId(), text: `offline idea ${i}` }));
    for (const write of outbox) phone.client.socket.emit('note:add', write, () => undefined);
    phone.client.socket.disconnect(); // the acks (if any) are lost with the connection

    phone.client.socket.connect();
    await phone.client.until((v) => v.role === 'participant');
    const acks = await Promise.all(outbox.map((write) => phone.client.request('note:add', write)));
    expect(acks).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(
      storedNotes(phone.id)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['offline idea 1', 'offline idea 2', 'offline idea 3']);

    // A retried write with the same ids is acknowledged again and stored once.
    expect(await phone.client.request('note:add', outbox[0]!)).toEqual({ ok: true });
    // The same note under a new command id (an outbox rebuilt after a reload) is still stored once.
    expect(await phone.client.request('note:add', { ...outbox[1]!, commandId: newCommandId() })).toEqual({ ok: true });
    expect(storedNotes(phone.id)).toHaveLength(3);

    // Edit and delete are idempotent too.
    const edit = { commandId: newCommandId(), noteId: outbox[2]!.noteId, text: 'reworded' };
    await ok(phone.client.request('note:edit', edit));
    await ok(phone.client.request('note:edit', edit));
    const remove = { commandId: newCommandId(), noteId: outbox[0]!.noteId };
    await ok(phone.client.request('note:delete', remove));
    expect(await phone.client.request('note:delete', remove)).toEqual({ ok: true });
    expect(
      storedNotes(phone.id)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['offline idea 2', 'reworded']);

    // A phone cannot write with someone else's note id.
    const other = await seatPhone(server, code, 'Other', 1);
    clients.push(other.client);
    expect(await other.client.request('note:add', { commandId: newCommandId(), noteId: outbox[1]!.noteId, text: 'mine now' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await other.client.request('note:edit', { commandId: newCommandId(), noteId: outbox[1]!.noteId, text: 'mine now' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      storedNotes(phone.id)
        .map((n) => n.text)
        .sort(),
    ).toEqual(['offline idea 2', 'reworded']);
  });

  it('refuses notes before the start, from unseated phones and beyond the per-round limit', async () => {
    const { organiser, code } = await openSession(server);
    clients.push(organiser);
    const phone = await seatPhone(server, code, 'Eager', 1);
    clients.push(phone.client);
    expect(await phone.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'too early' })).toMatchObject({
      ok: false,
      code: 'wrong-phase',
    });
    await control(organiser, 'start');
    await phone.client.until((v) => v.live.stage.kind === 'phase');
    for (let i = 0; i < 30; i++) await ok(phone.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: `n${i}` }));
    expect(await phone.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'one more' })).toMatchObject({
      ok: false,
      code: 'too-many',
    });
    await ok(organiser.request('seat:assign', { commandId: newCommandId(), participantId: phone.id, tableId: null }));
    await phone.client.until((v) => v.me?.tableId === null && v.table === null);
    expect(await phone.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'standing' })).toMatchObject({
      ok: false,
      code: 'not-seated',
    });
    expect(storedNotes(phone.id)).toHaveLength(30);
  });
});

describe('anonymous sessions', () => {
  it('never names the author of a note or an idea to anyone, yet the author keeps editing rights', async () => {
    const { organiser, code, view } = await openSession(server, { anonymous: true });
    clients.push(organiser);
    const tableId = view.seating![0]!.id;
    const host = await seatPhone(server, code, 'Hostess', 1, new URL(view.hostLinks![tableId]!).searchParams.get('host')!);
    const writer = await seatPhone(server, code, 'Discreet Name', 1);
    clients.push(host.client, writer.client);
    // The console opens the table: it receives its views like the phones.
    await organiser.watch(tableId);
    await control(organiser, 'start');
    await writer.client.until((v) => v.live.stage.kind === 'phase');
    const noteId = newCommandId();
    await ok(writer.client.request('note:add', { commandId: newCommandId(), noteId, text: 'unsigned' }));
    await ok(writer.client.request('note:edit', { commandId: newCommandId(), noteId, text: 'unsigned, reworded' }));
    await control(organiser, 'next');
    await control(organiser, 'next');
    await host.client.until((v) => v.table?.notes.length === 1 && v.live.stage.kind === 'phase' && v.live.stage.phase === 'consolidation');
    expect(host.client.view!.table!.notes[0]).toEqual({ id: noteId, text: 'unsigned, reworded', authorId: null, authorName: null, plusOnes: 0 });
    await ok(host.client.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'idea', sourceNoteIds: [noteId] }));
    const seen = await writer.client.until((v) => v.table?.ideas.length === 1);
    expect(seen.table!.ideas[0]!.authorNames).toEqual([]);
    // Nobody's name travels with a note or an idea, not even to the author (their phone knows its notes by id).
    for (const client of [host.client, organiser, writer.client]) {
      const views = client.received.filter((m) => m.event === 'table:view').map((m) => (JSON.parse(m.payload) as [{ view: TableView }])[0].view);
      expect(views.length).toBeGreaterThan(0);
      expect(views.flatMap((v) => v.notes).filter((n) => n.authorId !== null || n.authorName !== null)).toEqual([]);
      expect(views.flatMap((v) => v.ideas).filter((i) => i.authorNames.length > 0)).toEqual([]);
    }
  });
});

describe('seating', () => {
  it('fills tables evenly, moves people live, and tells a phone where it sits', async () => {
    const { organiser, code, view } = await openSession(server);
    clients.push(organiser);
    const phones = await Promise.all(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map(async (name) => {
        const client = new TestClient(server.url, () => ({ joinCode: code, ...(tokens[name] ? { participantToken: tokens[name] } : {}) }));
        clients.push(client);
        await client.until(() => true);
        const ack = await client.request('participant:join', { commandId: newCommandId(), displayName: name });
        if (!ack.ok) throw new Error(ack.code);
        if (ack.status !== 'joined') throw new Error('waiting at the doors');
        tokens[name] = ack.participantToken;
        await client.until((v) => v.role === 'participant');
        return { client, id: ack.participantId };
      }),
    );
    const filled = await organiser.request('seat:fill', { commandId: newCommandId() });
    expect(filled).toEqual({ ok: true, seated: 7 });
    const seating = (await organiser.until((v) => v.seating!.reduce((n, t) => n + t.seated, 0) === 7)).seating!;
    expect(seating.map((t) => t.seated)).toEqual([3, 2, 2]);
    for (const phone of phones) {
      const seen = await phone.client.until((v) => v.me?.tableId !== null && v.table?.tableId === v.me?.tableId);
      expect(seen.table!.roster.map((r) => r.id)).toContain(phone.id);
    }
    // Fill again: nobody is left to seat.
    expect(await organiser.request('seat:fill', { commandId: newCommandId() })).toEqual({ ok: true, seated: 0 });
    const moved = phones[0]!;
    const third = view.seating![2]!;
    await ok(organiser.request('seat:assign', { commandId: newCommandId(), participantId: moved.id, tableId: third.id }));
    const after = await moved.client.until((v) => v.me?.tableId === third.id && v.table?.tableId === third.id);
    // The phone is told the table it sits at now, by name.
    expect(after.myTable).toEqual({ id: third.id, number: 3, name: third.name, colour: third.colour });
    expect(after.table!.roster).toHaveLength(3);
    expect(await organiser.request('seat:assign', { commandId: newCommandId(), participantId: moved.id, tableId: 'nope' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await moved.client.request('seat:take', { commandId: newCommandId(), table: 9 })).toMatchObject({ ok: false, code: 'not-found' });
    expect(await moved.client.request('seat:take', { commandId: newCommandId(), table: 1, hostKey: 'guessed' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
  });
});

const tokens: Record<string, string> = {};

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, type TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const TABLES = 3;
const PER_TABLE = 5;

let server: TestServer;
let organiser: TestClient;
let code: string;
let tableIds: string[] = [];
const hosts: Phone[] = [];
const tables: Phone[][] = [];

const secret = (name: string, i: number) => `secret idea ${i} of ${name}`;
const allPhones = () => [...hosts, ...tables.flat()];

beforeAll(async () => {
  server = await startTestServer();
  const session = await openSession(server, {
    rounds: [
      { question: 'Round one?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 },
      { question: 'Round two?', reflectionMs: 180_000, sharingMs: 600_000, consolidationMs: 420_000 },
    ],
  });
  organiser = session.organiser;
  code = session.code;
  tableIds = session.view.seating!.map((t) => t.id);
  for (let t = 0; t < TABLES; t++) {
    const link = session.view.hostLinks![tableIds[t]!]!;
    hosts.push(await seatPhone(server, code, `Host ${t + 1}`, t + 1, hostKeyOf(link)));
    tables.push(await Promise.all(Array.from({ length: PER_TABLE }, (_, i) => seatPhone(server, code, `T${t + 1}P${i + 1}`, t + 1))));
  }
});

afterAll(async () => {
  for (const p of allPhones()) p.client.close();
  organiser?.close();
  await server?.close();
});

describe('a round at three tables', () => {
  it('seats everyone, with a host per table, and shows it to the organiser', async () => {
    const view = await organiser.until((v) => v.seating!.every((t) => t.seated === PER_TABLE + 1));
    expect(view.seating!.map((t) => t.hostName)).toEqual(['Host 1', 'Host 2', 'Host 3']);
    for (const [t, phones] of tables.entries()) {
      for (const p of phones) expect(p.client.view!.table!.roster.map((r) => r.displayName)).toContain(`Host ${t + 1}`);
    }
  });

  it('keeps notes private to their author during the reflection — on the wire', async () => {
    await control(organiser, 'start');
    for (const phones of tables) {
      for (const p of phones) {
        await p.client.until((v) => v.live.stage.kind === 'phase');
        for (let i = 0; i < 2; i++) await ok(p.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: secret(p.name, i) }));
      }
    }
    // The table views reflect the count only.
    await hosts[0]!.client.until((v) => v.table?.notesWritten === PER_TABLE * 2);
    for (const phone of allPhones()) {
      const foreign = tables
        .flat()
        .filter((p) => p !== phone)
        .map((p) => secret(p.name, 0));
      const leaked = phone.client.received.filter((m) => foreign.some((text) => m.payload.includes(text)));
      expect(leaked, `${phone.name} received another person's note`).toEqual([]);
      expect(phone.client.view!.table!.notes).toEqual([]);
    }
    const leakedToOrganiser = organiser.received.filter((m) => m.payload.includes('secret idea'));
    expect(leakedToOrganiser).toEqual([]);
    // …while each author has their own.
    const mine = await tables[0]![0]!.client.request('session:sync', {});
    expect(mine.ok && mine.snapshot.myNotes!.map((n) => n.text)).toEqual([secret('T1P1', 0), secret('T1P1', 1)]);
  });

  it('shares each table’s notes with that table only, and runs a fair tour de table', async () => {
    await control(organiser, 'next'); // → sharing
    for (const [t, phones] of tables.entries()) {
      for (const phone of [hosts[t]!, ...phones]) {
        const view = await phone.client.until((v) => (v.table?.notes.length ?? 0) === PER_TABLE * 2);
        const texts = view.table!.notes.map((n) => n.text);
        expect(texts.every((text) => phones.some((p) => text.startsWith(`secret idea`) && text.endsWith(p.name)))).toBe(true);
        expect(view.table!.notes[0]!.authorName).not.toBeNull();
      }
      const order = hosts[t]!.client.view!.table!.speaking!;
      expect(order.turns).toHaveLength(PER_TABLE + 1);
      expect(new Set(order.turns.map((turn) => turn.participantId)).size).toBe(PER_TABLE + 1);
      expect(order.slotMs).toBe(100_000); // 10 minutes shared fairly by 6 people
      expect(order.turns.filter((turn) => turn.status === 'speaking')).toHaveLength(1);
    }
    // The host moves on twice; every phone at the table sees who speaks.
    const host = hosts[0]!;
    const turns = host.client.view!.table!.speaking!.turns.map((turn) => turn.participantId);
    await ok(host.client.request('turn:next', { commandId: newCommandId() }));
    await ok(host.client.request('turn:skip', { commandId: newCommandId() }));
    for (const phone of tables[0]!) {
      const view = await phone.client.until((v) => v.table!.speaking!.turns.find((turn) => turn.status === 'speaking')?.participantId === turns[2]);
      expect(view.table!.speaking!.turns.map((turn) => turn.participantId)).toEqual([turns[0], turns[2], turns[3], turns[4], turns[5], turns[1]]);
      expect(view.table!.speaking!.turns[5]).toMatchObject({ participantId: turns[1], status: 'waiting', skipped: true });
    }
    // +1 on a shared note of one's own table.
    const note = tables[0]![1]!.client.view!.table!.notes[0]!;
    await ok(tables[0]![1]!.client.request('reaction:set', { commandId: newCommandId(), targetId: note.id, on: true }));
    await hosts[0]!.client.until((v) => v.table!.notes.find((n) => n.id === note.id)!.plusOnes === 1);
    // Only the giver is told it was theirs.
    await tables[0]![1]!.client.until((v) => v.myPlusOnes?.includes(note.id) === true);
    expect(hosts[0]!.client.view!.myPlusOnes ?? []).not.toContain(note.id);
  });

  it('lets the host merge notes into an idea that every phone at the table sees, with its lineage', async () => {
    await control(organiser, 'next'); // → consolidation
    const host = hosts[1]!;
    const view = await host.client.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'consolidation');
    const [a, b] = view.table!.notes;
    const ideaId = newCommandId();
    await ok(host.client.request('idea:add', { commandId: newCommandId(), ideaId, text: 'Merged idea', sourceNoteIds: [a!.id, b!.id] }));
    for (const phone of tables[1]!) {
      const seen = await phone.client.until((v) => v.table!.ideas.some((i) => i.id === ideaId));
      expect(seen.table!.ideas[0]).toMatchObject({ text: 'Merged idea', sourceNoteIds: [a!.id, b!.id], round: 0 });
      expect(seen.table!.ideas[0]!.authorNames).toEqual([...new Set([a!.authorName, b!.authorName])]);
    }
    // Other tables do not receive it.
    expect(tables[0]![0]!.client.received.some((m) => m.payload.includes('Merged idea'))).toBe(false);
    await ok(host.client.request('idea:edit', { commandId: newCommandId(), ideaId, text: 'Merged and reworded' }));
    const second = newCommandId();
    await ok(host.client.request('idea:add', { commandId: newCommandId(), ideaId: second, text: 'From scratch', sourceNoteIds: [] }));
    await ok(host.client.request('idea:reorder', { commandId: newCommandId(), ideaIds: [second, ideaId] }));
    const reordered = await tables[1]![0]!.client.until((v) => v.table!.ideas[0]?.id === second);
    expect(reordered.table!.ideas.map((i) => i.text)).toEqual(['From scratch', 'Merged and reworded']);
    await ok(tables[1]![0]!.client.request('reaction:set', { commandId: newCommandId(), targetId: ideaId, on: true }));
    // The organiser helps another table.
    await ok(
      organiser.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'Facilitator idea', sourceNoteIds: [], tableId: tableIds[2]! }),
    );
    await tables[2]![0]!.client.until((v) => v.table!.ideas.some((i) => i.text === 'Facilitator idea'));
  });

  it('refuses what a role may not do, changing nothing', async () => {
    const participant = tables[0]![0]!;
    const otherTableNote = tables[1]![0]!.client.view!.table!.notes[0]!;
    const otherIdea = tables[1]![0]!.client.view!.table!.ideas[0]!;
    const before = JSON.stringify(hosts.map((h) => h.client.view!.table));
    expect(await participant.client.request('note:add', { commandId: newCommandId(), noteId: newCommandId(), text: 'late' })).toMatchObject({
      ok: false,
      code: 'wrong-phase',
    });
    expect(await participant.client.request('reaction:set', { commandId: newCommandId(), targetId: otherTableNote.id, on: true })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(await participant.client.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'x', sourceNoteIds: [] })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await participant.client.request('turn:next', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await participant.client.request('seat:assign', { commandId: newCommandId(), participantId: participant.id, tableId: null })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await hosts[0]!.client.request('idea:edit', { commandId: newCommandId(), ideaId: otherIdea.id, text: 'hijack' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(
      await hosts[0]!.client.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'x', sourceNoteIds: [], tableId: tableIds[1]! }),
    ).toMatchObject({ ok: false, code: 'forbidden' });
    expect(
      await hosts[0]!.client.request('idea:add', { commandId: newCommandId(), ideaId: newCommandId(), text: 'x', sourceNoteIds: [otherTableNote.id] }),
    ).toMatchObject({ ok: false, code: 'not-found' });
    expect(await hosts[0]!.client.request('turn:next', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'wrong-phase' });
    const sync = await hosts[1]!.client.request('session:sync', {});
    expect(sync.ok && sync.snapshot.table!.ideas.map((i) => i.text)).toEqual(['From scratch', 'Merged and reworded']);
    expect(JSON.stringify(hosts.map((h) => h.client.view!.table))).toBe(before);
  });

  it('opens round 2 with the recap of earlier ideas for the newcomers, until the host closes it', async () => {
    await control(organiser, 'next'); // → rotation
    await control(organiser, 'next'); // → round 2 reflection
    const host = hosts[1]!;
    // The table's view follows the new stage (coalesced, a moment later).
    const view = await host.client.until((v) => v.live.stage.kind === 'phase' && v.live.stage.round === 1 && v.table?.round === 1);
    expect(view.table!.recap).toEqual([
      { round: 0, ideas: [expect.objectContaining({ text: 'From scratch' }), expect.objectContaining({ text: 'Merged and reworded' })] },
    ]);
    expect(view.table!.ideas).toEqual([]);
    expect(view.table!.recapClosed).toBe(false);
    const newcomer = tables[1]![2]!;
    expect((await newcomer.client.until((v) => v.table!.round === 1)).table!.recap[0]!.ideas).toHaveLength(2);
    await ok(host.client.request('recap:close', { commandId: newCommandId() }));
    await newcomer.client.until((v) => v.table!.recapClosed);
  });

  it('replaces a host who dropped out without losing the table’s content', async () => {
    const replacement = tables[1]![3]!;
    await ok(organiser.request('host:assign', { commandId: newCommandId(), tableId: tableIds[1]!, participantId: replacement.id }));
    const view = await replacement.client.until((v) => v.table?.hostId === replacement.id);
    await organiser.until((v) => v.seating!.find((t) => t.id === tableIds[1])?.hostId === replacement.id);
    expect(view.table!.recap[0]!.ideas).toHaveLength(2);
    expect(await hosts[1]!.client.request('recap:close', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await replacement.client.request('recap:close', { commandId: newCommandId() })).toMatchObject({ ok: true });
  });
});

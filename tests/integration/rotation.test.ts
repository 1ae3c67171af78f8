import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, hostKeyOf, ok, openSession, seatPhone, type Phone } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const TABLES = 5;
const MOVERS = 35; // + 5 hosts = 40 people

let server: TestServer;
let organiser: TestClient;
let code: string;
let tableIds: string[] = [];
const hosts: Phone[] = [];
const movers: { client: TestClient; id: string; name: string }[] = [];
const history: Record<string, string[]> = {}; // mover → tables visited
const gone: TestClient[] = [];

async function joinUnseated(name: string) {
  const stored: { token?: string } = {};
  const client = new TestClient(server.url, () => ({ joinCode: code, ...(stored.token ? { participantToken: stored.token } : {}) }));
  await client.until(() => true);
  const ack = await client.request('participant:join', {
    commandId: newCommandId(),
    displayName: name,
    groupLabel: ['Sales', 'Tech', 'Ops'][movers.length % 3]!,
  });
  if (!ack.ok) throw new Error(ack.code);
  stored.token = ack.participantToken;
  await client.until((v) => v.role === 'participant');
  return { client, id: ack.participantId, name };
}

/** Every mover reaches the destination its phone shows, by "I'm here" or by scanning the table's QR. */
async function everyoneChecksIn(round: number) {
  for (const [i, mover] of movers.entries()) {
    const view = await mover.client.until((v) => v.arrival?.round === round && v.me?.tableId === v.arrival.tableId);
    const destination = view.arrival!.tableId;
    expect(view.table?.tableId ?? destination).toBe(destination);
    if (i % 2 === 0) {
      await ok(mover.client.request('seat:check-in', { commandId: newCommandId() }));
    } else {
      const number = view.seating.find((t) => t.id === destination)!.number;
      await ok(mover.client.request('seat:take', { commandId: newCommandId(), table: number }));
    }
    (history[mover.id] ??= []).push(destination);
  }
  const progress = await organiser.until((v) => v.moving?.checkedIn === movers.length);
  expect(progress.moving).toEqual({ round, total: movers.length, checkedIn: movers.length });
}

beforeAll(async () => {
  server = await startTestServer();
  const session = await openSession(server, {
    tables: ['red', 'green', 'blue', 'teal', 'purple'].map((colour, i) => ({ name: `Table ${i + 1}`, colour: colour as 'red' })),
    rounds: [1, 2, 3].map((n) => ({ question: `Question ${n}?`, reflectionMs: 60_000, sharingMs: 60_000, consolidationMs: 60_000 })),
  });
  organiser = session.organiser;
  code = session.code;
  tableIds = session.view.seating.map((t) => t.id);
  for (const [t, id] of tableIds.entries()) hosts.push(await seatPhone(server, code, `Host ${t + 1}`, t + 1, hostKeyOf(session.view.hostLinks![id]!)));
  for (let i = 0; i < MOVERS; i++) movers.push(await joinUnseated(`Mover ${i + 1}`));
});

afterAll(async () => {
  for (const c of [organiser, ...hosts.map((h) => h.client), ...movers.map((m) => m.client), ...gone]) c?.close();
  await server?.close();
});

describe('rotations that mix the room', () => {
  it('plans round 1 in the lobby, sends every phone to its table, and counts check-ins', async () => {
    const planned = await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 7 }));
    expect(planned.rotation.round).toBe(0);
    expect(planned.rotation.seats).toHaveLength(MOVERS);
    expect(planned.rotation.figures).toMatchObject({ revisits: 0, repeatedPairs: planned.rotation.bound.repeatedPairs, sizeSpread: 0 });
    // Same seed, same plan.
    const again = await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 7 }));
    expect(again.rotation.seats).toEqual(planned.rotation.seats);

    expect(await ok(organiser.request('rotation:apply', { commandId: newCommandId() }))).toEqual({ ok: true, moved: MOVERS });
    await everyoneChecksIn(0);
    for (const [t, host] of hosts.entries()) {
      const view = await host.client.until((v) => v.table!.roster.length === 1 + MOVERS / TABLES && v.table!.roster.every((p) => p.here));
      expect(view.table!.tableId).toBe(tableIds[t]);
    }
  });

  it('refuses a check-in at the wrong table and points to the right one', async () => {
    await control(organiser, 'start');
    await control(organiser, 'next'); // sharing
    await control(organiser, 'next'); // consolidation
    await ok(hosts[0]!.client.request('idea:add', { commandId: newCommandId(), ideaId: 'round-one-idea', text: 'Kept across rotations', sourceNoteIds: [] }));
    await control(organiser, 'next'); // rotation after round 1

    // A late arrival joins during the rotation: the next plan places them. Someone who left (the
    // organiser unseated them) is not planned any more.
    movers.push(await joinUnseated('Late Lucie'));
    const leaving = movers.splice(MOVERS - 1, 1)[0]!;
    gone.push(leaving.client);
    await ok(organiser.request('seat:assign', { commandId: newCommandId(), participantId: leaving.id, tableId: null }));
    const planned = await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 11 }));
    expect(planned.rotation.round).toBe(1);
    expect(planned.rotation.seats.map((s) => s.participantId)).toContain(movers.at(-1)!.id);
    expect(planned.rotation.seats.map((s) => s.participantId)).not.toContain(leaving.id);
    expect(planned.rotation.seats).toHaveLength(MOVERS);
    expect(planned.rotation.figures.revisits).toBe(0);

    // The organiser swaps two people by hand: the figures follow.
    const [a, b] = planned.rotation.seats.filter((s, i, all) => all.findIndex((o) => o.tableId === s.tableId) === i);
    const swapped = await ok(organiser.request('rotation:swap', { commandId: newCommandId(), a: a!.participantId, b: b!.participantId }));
    expect(swapped.rotation.seats.find((s) => s.participantId === a!.participantId)!.tableId).toBe(b!.tableId);
    const reverted = await ok(organiser.request('rotation:swap', { commandId: newCommandId(), a: a!.participantId, b: b!.participantId }));
    expect(reverted.rotation.figures).toEqual(planned.rotation.figures);

    await ok(organiser.request('rotation:apply', { commandId: newCommandId() }));
    const mover = movers[0]!;
    const view = await mover.client.until((v) => v.arrival?.round === 1);
    const wrong = view.seating.find((t) => t.id !== view.arrival!.tableId)!;
    const right = view.seating.find((t) => t.id === view.arrival!.tableId)!;
    const refused = await mover.client.request('seat:take', { commandId: newCommandId(), table: wrong.number });
    expect(refused).toMatchObject({ ok: false, code: 'wrong-table', expected: { tableId: right.id, number: right.number } });
    expect(mover.client.view!.arrival!.checkedIn).toBe(false);
  });

  it('sends everyone to a table they have not visited, without touching consolidated ideas', async () => {
    await everyoneChecksIn(1);
    for (const mover of movers.slice(0, MOVERS - 1)) {
      const [first, second] = history[mover.id]!;
      expect(second).not.toBe(first);
    }
    // Round 1's idea is still at table 1, as the recap for the newcomers.
    await control(organiser, 'next'); // round 2 reflection
    const recap = await hosts[0]!.client.until((v) => v.table!.round === 1);
    expect(recap.table!.recap).toEqual([{ round: 0, ideas: [{ id: 'round-one-idea', text: 'Kept across rotations' }] }]);
    const stored = server.db.$client.prepare('select table_id from ideas where id = ?').get('round-one-idea') as { table_id: string };
    expect(stored.table_id).toBe(tableIds[0]);
    expect(organiser.view!.moving).toBeNull();
  });

  it('plans the last rotation with no revisits and the figures next to the bound', async () => {
    await control(organiser, 'next');
    await control(organiser, 'next');
    await control(organiser, 'next'); // rotation after round 2
    const planned = await ok(organiser.request('rotation:plan', { commandId: newCommandId() }));
    expect(planned.rotation.round).toBe(2);
    expect(planned.rotation.figures.revisits).toBe(0);
    expect(planned.rotation.figures.sizeSpread).toBeLessThanOrEqual(1);
    await ok(organiser.request('rotation:apply', { commandId: newCommandId() }));
    await everyoneChecksIn(2);
    for (const mover of movers.slice(0, MOVERS - 1)) expect(new Set(history[mover.id]).size).toBe(3);
    expect(await organiser.request('rotation:plan', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

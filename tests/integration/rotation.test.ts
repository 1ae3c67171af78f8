import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, ok } from '@/tests/helpers/cafe';
import { everyoneChecksIn, openRoom, rotate, type Room } from '@/tests/helpers/room';
import { newCommandId } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const TABLES = 5;
const MOVERS = 35; // + 5 hosts = 40 people
const ROOM = { tables: TABLES, movers: MOVERS, rounds: 3, labels: ['Sales', 'Tech', 'Ops'] };

let server: TestServer;
const rooms: Room[] = [];

async function room(): Promise<Room> {
  const opened = await openRoom(server, ROOM);
  rooms.push(opened);
  return opened;
}

/** A room seated for round 1, whose round 1 is over with an idea at table 1, now in the rotation after it. */
async function afterRoundOne(): Promise<Room> {
  const r = await room();
  await rotate(r, 0, 7);
  await control(r.organiser, 'start');
  await control(r.organiser, 'next'); // sharing
  await control(r.organiser, 'next'); // consolidation
  await ok(
    r.hosts[0]!.client.request('idea:add', { commandId: newCommandId(), ideaId: `idea-${r.sessionId}`, text: 'Kept across rotations', sourceNoteIds: [] }),
  );
  await control(r.organiser, 'next'); // rotation after round 1
  return r;
}

beforeAll(async () => {
  server = await startTestServer();
});

afterEach(() => {
  for (const r of rooms.splice(0)) r.close();
});

afterAll(async () => {
  await server?.close();
});

describe('rotations that mix the room', () => {
  it('plans round 1 in the lobby, sends every phone to its table, and counts check-ins', async () => {
    const r = await room();
    const planned = await ok(r.organiser.request('rotation:plan', { commandId: newCommandId(), seed: 7 }));
    expect(planned.rotation.round).toBe(0);
    expect(planned.rotation.seats).toHaveLength(MOVERS);
    expect(planned.rotation.figures).toMatchObject({ revisits: 0, repeatedPairs: planned.rotation.bound.repeatedPairs, sizeSpread: 0 });
    // Same seed, same plan.
    const again = await ok(r.organiser.request('rotation:plan', { commandId: newCommandId(), seed: 7 }));
    expect(again.rotation.seats).toEqual(planned.rotation.seats);

    expect(await ok(r.organiser.request('rotation:apply', { commandId: newCommandId() }))).toEqual({ ok: true, moved: MOVERS });
    await everyoneChecksIn(r, 0);
    for (const [t, host] of r.hosts.entries()) {
      const view = await host.client.until((v) => v.table!.roster.length === 1 + MOVERS / TABLES && v.table!.roster.every((p) => p.here));
      expect(view.table!.tableId).toBe(r.tableIds[t]);
    }
  });

  it('places a late arrival, leaves out someone who left, follows a swap, and refuses a check-in at the wrong table', async () => {
    const r = await afterRoundOne();
    // A late arrival joins during the rotation: the next plan places them. Someone who left (the
    // organiser unseated them) is not planned any more.
    const late = await r.join('Late Lucie');
    const leaving = r.movers.at(-1)!;
    await ok(r.organiser.request('seat:assign', { commandId: newCommandId(), participantId: leaving.id, tableId: null }));
    const planned = await ok(r.organiser.request('rotation:plan', { commandId: newCommandId(), seed: 11 }));
    expect(planned.rotation.round).toBe(1);
    expect(planned.rotation.seats.map((s) => s.participantId)).toContain(late.id);
    expect(planned.rotation.seats.map((s) => s.participantId)).not.toContain(leaving.id);
    expect(planned.rotation.seats).toHaveLength(MOVERS);
    expect(planned.rotation.figures.revisits).toBe(0);

    // The organiser swaps two people by hand: the figures follow.
    const [a, b] = planned.rotation.seats.filter((s, i, all) => all.findIndex((o) => o.tableId === s.tableId) === i);
    const swapped = await ok(r.organiser.request('rotation:swap', { commandId: newCommandId(), a: a!.participantId, b: b!.participantId }));
    expect(swapped.rotation.seats.find((s) => s.participantId === a!.participantId)!.tableId).toBe(b!.tableId);
    const reverted = await ok(r.organiser.request('rotation:swap', { commandId: newCommandId(), a: a!.participantId, b: b!.participantId }));
    expect(reverted.rotation.figures).toEqual(planned.rotation.figures);

    await ok(r.organiser.request('rotation:apply', { commandId: newCommandId() }));
    const mover = r.movers[0]!;
    const view = await mover.client.until((v) => v.arrival?.round === 1);
    const right = view.arrival!.table;
    const wrong = r.organiser.view!.seating!.find((t) => t.id !== right.id)!;
    const refused = await mover.client.request('seat:take', { commandId: newCommandId(), table: wrong.number });
    // The refusal names the right table whole, as the console knows it: the phone holds no list of the tables to look it up in.
    const { hostId: _hostId, hostName: _hostName, seated: _seated, ...named } = r.organiser.view!.seating!.find((t) => t.id === right.id)!;
    expect(refused).toMatchObject({ ok: false, code: 'wrong-table', expected: named });
    expect(refused).toMatchObject({ expected: right });
    expect(mover.client.view!.arrival!.checkedIn).toBe(false);
  });

  it('sends everyone to a table they have not visited, without touching consolidated ideas', async () => {
    const r = await afterRoundOne();
    await rotate(r, 1);
    for (const mover of r.movers) {
      const [first, second] = r.history[mover.id]!;
      expect(second).not.toBe(first);
    }
    // Round 1's idea is still at table 1, as the recap for the newcomers.
    await control(r.organiser, 'next'); // round 2 reflection
    const recap = await r.hosts[0]!.client.until((v) => v.table!.round === 1);
    expect(recap.table!.recap).toEqual([{ round: 0, ideas: [{ id: `idea-${r.sessionId}`, text: 'Kept across rotations' }] }]);
    const stored = server.db.$client.prepare('select table_id from ideas where id = ?').get(`idea-${r.sessionId}`) as { table_id: string };
    expect(stored.table_id).toBe(r.tableIds[0]);
    // The round has started: nobody is on the way any more (the progress follows, coalesced).
    await r.organiser.until((v) => v.moving === null);
  });

  it('plans the last rotation with no revisits and the figures next to the bound', async () => {
    const r = await afterRoundOne();
    await rotate(r, 1);
    await control(r.organiser, 'next');
    await control(r.organiser, 'next');
    await control(r.organiser, 'next');
    await control(r.organiser, 'next'); // rotation after round 2
    const planned = await ok(r.organiser.request('rotation:plan', { commandId: newCommandId() }));
    expect(planned.rotation.round).toBe(2);
    expect(planned.rotation.figures.revisits).toBe(0);
    expect(planned.rotation.figures.sizeSpread).toBeLessThanOrEqual(1);
    await ok(r.organiser.request('rotation:apply', { commandId: newCommandId() }));
    await everyoneChecksIn(r, 2);
    for (const mover of r.movers) expect(new Set(r.history[mover.id]).size).toBe(3);
    expect(await r.organiser.request('rotation:plan', { commandId: newCommandId() })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('keeps answering while it plans a hard room, off its thread', async () => {
    // 37 people at 6 tables for 4 rounds: no construction reaches the bound, the search runs its budget.
    const r = await openRoom(server, { tables: 6, movers: 31, rounds: 4, labels: ['Sales', 'Tech', 'Ops', 'Legal'] });
    rooms.push(r);
    const order: string[] = [];
    const plan = r.organiser.request('rotation:plan', { commandId: newCommandId(), seed: 3 }).then((ack) => {
      order.push('plan');
      return ack;
    });
    // Sent after the plan: answered while the planner thread works.
    const ping = r.movers[0]!.client.request('time:ping', { clientTime: Date.now() }).then(() => order.push('ping'));
    const sync = r.movers[1]!.client.request('session:sync', {}).then(() => order.push('sync'));
    await Promise.all([plan, ping, sync]);
    expect(order.indexOf('ping')).toBeLessThan(order.indexOf('plan'));
    expect(order.indexOf('sync')).toBeLessThan(order.indexOf('plan'));
    expect((await plan).ok).toBe(true);
  });
});

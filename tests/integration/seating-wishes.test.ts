import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { control, ok } from '@/tests/helpers/cafe';
import { openRoom, type Room } from '@/tests/helpers/room';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const MOVERS = 14; // + 4 hosts at 4 tables = 18 people, tables of 4–5
const MAX = 5;

let server: TestServer;
const opened: { close(): void }[] = [];

/** A room of its own for each test, with the organiser's second tab open on it. */
async function room(): Promise<
  Room & { secondTab: TestClient; mover(i: number): string; plannedRounds(): Map<number, Map<string, string>>; storedWishes(): unknown[] }
> {
  const r = await openRoom(server, { tables: 4, movers: MOVERS, rounds: 3, minPerTable: 4, maxPerTable: MAX });
  const secondTab = new TestClient(server.url, () => ({ sessionId: r.sessionId }), { cookie: server.organiserCookie });
  await secondTab.until(() => true);
  opened.push(r, secondTab);
  return {
    ...r,
    secondTab,
    mover: (i) => r.movers[i]!.id,
    /** Every planned round, straight from the database: round → mover → table. */
    plannedRounds() {
      const rows = server.db.$client
        .prepare("select round_index r, participant_id p, table_id t from round_seats where session_id = ? and status = 'planned'")
        .all(r.sessionId) as { r: number; p: string; t: string }[];
      const rounds = new Map<number, Map<string, string>>();
      for (const { r: round, p, t } of rows) {
        if (!rounds.has(round)) rounds.set(round, new Map());
        rounds.get(round)!.set(p, t);
      }
      return rounds;
    },
    storedWishes() {
      return server.db.$client
        .prepare('select kind, person_a, person_b, table_id, round_index from seating_constraints where session_id = ? order by created_at')
        .all(r.sessionId);
    },
  };
}

beforeAll(async () => {
  server = await startTestServer();
});

afterEach(() => {
  for (const o of opened.splice(0)) o.close();
});

afterAll(async () => {
  await server?.close();
});

describe('seating wishes and table sizes', () => {
  it('keeps the session’s limits and starts without wishes', async () => {
    const { organiser } = await room();
    expect(organiser.view!.session).toMatchObject({ minPerTable: 4, maxPerTable: MAX });
    expect(organiser.view!.constraints).toEqual([]);
  });

  it('refuses bad wishes and keeps nothing of them', async () => {
    const { organiser, movers, mover, hosts, tableIds, storedWishes } = await room();
    const before = storedWishes();
    const refusals: [TestClient, unknown, string][] = [
      [movers[0]!.client, { kind: 'apart', a: mover(0), b: mover(1) }, 'forbidden'],
      [organiser, { kind: 'apart', a: mover(0), b: 'nobody' }, 'not-found'],
      [organiser, { kind: 'stay', person: mover(0), tableId: 'no-such-table' }, 'not-found'],
      [organiser, { kind: 'together', a: mover(0), b: mover(0) }, 'invalid-payload'],
      [organiser, { kind: 'apart', a: mover(0), b: hosts[1]!.id }, 'is-host'],
      [organiser, { kind: 'stay', person: hosts[0]!.id, tableId: tableIds[2] }, 'is-host'],
      [organiser, { kind: 'near', a: mover(0), b: mover(1) }, 'invalid-payload'],
      [organiser, { kind: 'apart', a: mover(0), b: mover(1), round: 3 }, 'invalid-payload'],
      [organiser, { kind: 'apart', a: mover(0), b: mover(1), extra: true }, 'invalid-payload'],
      [organiser, { kind: 'stay', person: mover(0) }, 'invalid-payload'],
    ];
    for (const [client, constraint, code] of refusals) {
      // The payload is wrong on purpose: the server, not TypeScript, must refuse it.
      const ack = await client.request('constraint:add', { commandId: newCommandId(), constraint } as never);
      expect(ack, JSON.stringify(constraint)).toMatchObject({ ok: false, code });
    }
    expect(await movers[0]!.client.request('constraint:remove', { commandId: newCommandId(), constraintId: 'x' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(await organiser.request('constraint:remove', { commandId: newCommandId(), constraintId: 'no-such-wish' })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(storedWishes()).toEqual(before);
    expect((await ok(organiser.request('session:sync', {}))).snapshot.constraints).toEqual([]);
  });

  it('plans no table above the maximum, in any round', async () => {
    const { organiser, plannedRounds, tableIds } = await room();
    const planned = await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 5 }));
    expect(planned.rotation.figures.sizesOutOfBounds).toBe(0);
    expect(planned.rotation.unmet).toEqual([]);
    const rounds = plannedRounds();
    expect([...rounds.keys()].sort()).toEqual([0, 1, 2]);
    for (const seats of rounds.values()) {
      for (const table of tableIds) expect(1 + [...seats.values()].filter((t) => t === table).length).toBeLessThanOrEqual(MAX);
    }
  });

  it('re-plans the preview when a wish is added: a person stays at table 3 in every round; a retry stores it once', async () => {
    const { organiser, secondTab, mover, tableIds, plannedRounds, storedWishes } = await room();
    await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 5 }));
    const commandId = newCommandId();
    const wish = { kind: 'stay', person: mover(0), tableId: tableIds[2]! } as const;
    const added = await ok(organiser.request('constraint:add', { commandId, constraint: wish }));
    const retried = await ok(organiser.request('constraint:add', { commandId, constraint: wish }));
    expect(retried.constraintId).toBe(added.constraintId);
    expect(storedWishes()).toHaveLength(1);
    // Both organiser tabs get the wishes, then the preview re-planned for them (off the server's thread).
    for (const tab of [organiser, secondTab]) {
      const view = await tab.until((v) => v.constraints?.length === 1 && v.rotation?.seats.find((s) => s.participantId === mover(0))?.tableId === tableIds[2]);
      expect(view.constraints).toEqual([{ id: added.constraintId, kind: 'stay', person: mover(0), tableId: tableIds[2], round: null }]);
      expect(view.rotation!.unmet).toEqual([]);
    }
    for (const seats of plannedRounds().values()) expect(seats.get(mover(0))).toBe(tableIds[2]);
  });

  it('keeps an apart pair at different tables in every planned round; the same wish again is kept once', async () => {
    const { organiser, secondTab, mover, plannedRounds, storedWishes } = await room();
    await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 5 }));
    const added = await ok(organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'apart', a: mover(1), b: mover(2) } }));
    const again = await ok(
      organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'apart', a: mover(2), b: mover(1), round: null } }),
    );
    expect(again.constraintId).toBe(added.constraintId);
    expect(storedWishes()).toHaveLength(1);
    // The preview is re-planned off the server's thread: the stored plan honours the wish once it is back.
    await expect.poll(() => [...plannedRounds().values()].every((seats) => seats.get(mover(1)) !== seats.get(mover(2)))).toBe(true);
    const view = await secondTab.until((v) => v.constraints?.length === 1 && v.rotation !== null);
    expect(view.rotation!.unmet).toEqual([]);
  });

  it('says which wish it could not honour, and honours it again once the contradiction is removed', async () => {
    const { organiser, mover, plannedRounds } = await room();
    await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 5 }));
    const together = await ok(
      organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'together', a: mover(3), b: mover(4), round: 1 } }),
    );
    const apart = await ok(
      organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'apart', a: mover(3), b: mover(4), round: 1 } }),
    );
    const view = await organiser.until((v) => v.constraints?.length === 2 && v.rotation!.unmet.length === 1);
    expect(view.rotation!.unmet).toHaveLength(1);
    expect([together.constraintId, apart.constraintId]).toContain(view.rotation!.unmet[0]);
    expect(view.rotation!.figures.unmetConstraints).toBe(1);

    await ok(organiser.request('constraint:remove', { commandId: newCommandId(), constraintId: apart.constraintId }));
    const repaired = await organiser.until((v) => v.constraints?.length === 1 && v.rotation!.unmet.length === 0);
    expect(repaired.rotation!.figures.unmetConstraints).toBe(0);
    expect(plannedRounds().get(1)!.get(mover(3))).toBe(plannedRounds().get(1)!.get(mover(4)));
  });

  it('never changes an applied rotation; wishes about rounds already seated are refused', async () => {
    const { organiser, mover, storedWishes } = await room();
    await ok(organiser.request('rotation:plan', { commandId: newCommandId(), seed: 5 }));
    await ok(organiser.request('rotation:apply', { commandId: newCommandId() }));
    const applied = await organiser.until((v) => v.rotation?.status === 'applied');
    await ok(organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'apart', a: mover(5), b: mover(6) } }));
    const after = await organiser.until((v) => v.constraints?.length === 1);
    expect(after.rotation!.seats).toEqual(applied.rotation!.seats);

    await control(organiser, 'start');
    const refused = await organiser.request('constraint:add', { commandId: newCommandId(), constraint: { kind: 'apart', a: mover(5), b: mover(7), round: 0 } });
    expect(refused).toMatchObject({ ok: false, code: 'wrong-phase' });
    expect(storedWishes()).toHaveLength(1);
  });
});

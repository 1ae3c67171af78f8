/**
 * The join code is on the projector: anyone can join. A flood of joins is stopped (per address and
 * per session), a real room behind one public address still gets in, and a session takes no more
 * people than its capacity.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { capacityOf } from '@/lib/domain/admission';
import type { Ack } from '@/lib/realtime/contract';
import { JOIN_PER_ADDRESS, JOIN_PER_SESSION } from '@/lib/realtime/server/rate-limit';
import { ok, openSession } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, TestClock, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
let clock: TestClock;
let open: TestClient[] = [];

beforeAll(async () => {
  clock = new TestClock();
  // Time moves only when a test says so: the limits are counted exactly.
  clock.freeze();
  server = await startTestServer({ clock });
});

afterEach(() => {
  for (const client of open) client.close();
  open = [];
});

afterAll(async () => {
  await server?.close();
});

const participantsIn = (sessionId: string) =>
  (server.db.$client.prepare('select count(*) as n from participants where session_id = ?').get(sessionId) as { n: number }).n;

/** A phone that has not joined, from `address` (a loopback address: another network address to the server). */
async function guest(code: string, address = '127.0.0.1', deviceId = newCommandId()): Promise<TestClient> {
  const client = new TestClient(server.url, () => ({ joinCode: code, deviceId }), { localAddress: address });
  open.push(client);
  await client.until((v) => v.role === 'guest');
  return client;
}

async function join(code: string, name: string, address?: string): Promise<Ack> {
  const client = await guest(code, address);
  const ack = await client.request('participant:join', { commandId: newCommandId(), displayName: name });
  client.close();
  return ack;
}

/** A big room: no capacity in the way of the rate limits. */
async function bigRoom() {
  const session = await openSession(server);
  open.push(session.organiser);
  await ok(session.organiser.request('admission:update', { commandId: newCommandId(), expectedPeople: 5_000 }));
  return session;
}

describe('a flood of joins', () => {
  it('from one address is stopped after a burst: the rest are refused rate-limited with a wait, and not stored', async () => {
    const { code, sessionId } = await bigRoom();
    const acks: Ack[] = [];
    for (let wave = 0; wave < 5; wave++) {
      acks.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => join(code, `Bot ${wave * 100 + i}`)))));
    }
    const accepted = acks.filter((a) => a.ok);
    const refused = acks.filter((a) => !a.ok);
    expect(accepted).toHaveLength(JOIN_PER_ADDRESS.burst);
    expect(refused).toHaveLength(500 - JOIN_PER_ADDRESS.burst);
    for (const ack of refused) {
      expect(ack).toMatchObject({ ok: false, code: 'rate-limited' });
      if (!ack.ok) expect(ack.retryAfterMs).toBeGreaterThan(0);
    }
    expect(participantsIn(sessionId)).toBe(JOIN_PER_ADDRESS.burst);
    // A wait later, the next one gets in.
    clock.advance(1_000);
    expect(await join(code, 'After the wait')).toMatchObject({ ok: true, status: 'joined' });
  });

  it('from many addresses is stopped per session', async () => {
    const { code, sessionId } = await bigRoom();
    const addresses = ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5', '127.0.0.6'];
    const acks: Ack[] = [];
    for (let wave = 0; wave < 5; wave++) {
      acks.push(...(await Promise.all(addresses.flatMap((address, a) => Array.from({ length: 20 }, (_, i) => join(code, `Bot ${wave}-${a}-${i}`, address))))));
    }
    expect(acks.filter((a) => a.ok)).toHaveLength(JOIN_PER_SESSION.burst);
    expect(acks.filter((a) => !a.ok && a.code === 'rate-limited')).toHaveLength(500 - JOIN_PER_SESSION.burst);
    expect(participantsIn(sessionId)).toBe(JOIN_PER_SESSION.burst);
  });
});

describe('a real room behind one public address', () => {
  it('gets 300 phones in within 2 minutes, every one at the first try', async () => {
    const { code, sessionId } = await bigRoom();
    const acks: Ack[] = [];
    // 300 phones over 120 seconds, ten at a time as people scan the QR together.
    for (let group = 0; group < 30; group++) {
      acks.push(...(await Promise.all(Array.from({ length: 10 }, (_, i) => join(code, `Person ${group * 10 + i}`, '127.0.0.7')))));
      clock.advance(4_000);
    }
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect(participantsIn(sessionId)).toBe(300);
  });
});

describe('capacity', () => {
  it('refuses a join beyond it with session-full; the console sees it; a bigger expected head count makes room', async () => {
    clock.advance(60_000); // the earlier tests' buckets have filled again
    const tables = [
      { name: 'One', colour: 'red' as const },
      { name: 'Two', colour: 'blue' as const },
    ];
    const { organiser, code, sessionId, view } = await openSession(server, { tables, maxPerTable: 4 });
    open.push(organiser);
    const { capacity } = capacityOf({ tables: 2, maxPerTable: 4, expectedPeople: null });
    expect(view.admission).toEqual({ doors: 'open', capacity, basis: { from: 'tables', people: 8, margin: 10 }, expectedPeople: null });

    // One phone keeps its device and its join, to send it again once the room is full.
    const device = newCommandId();
    const early = await guest(code, '127.0.0.1', device);
    const earlyJoin = { commandId: newCommandId(), displayName: 'Early' };
    const first = await ok(early.request('participant:join', earlyJoin));
    for (let i = 1; i < capacity; i++) expect(await join(code, `Person ${i}`)).toMatchObject({ ok: true });
    await organiser.until((v) => v.participantCount === capacity);

    const late = await guest(code);
    expect(late.view?.admission?.capacity).toBe(capacity);
    expect(await late.request('participant:join', { commandId: newCommandId(), displayName: 'One too many' })).toMatchObject({
      ok: false,
      code: 'session-full',
    });
    expect(participantsIn(sessionId)).toBe(capacity);

    // A retried join is the same person, not one more: it is answered even when the room is full.
    early.close();
    const again = await guest(code, '127.0.0.1', device);
    expect(await again.request('participant:join', earlyJoin)).toMatchObject({
      ok: true,
      status: 'joined',
      participantId: first.status === 'joined' ? first.participantId : '',
    });

    const raised = await ok(organiser.request('admission:update', { commandId: newCommandId(), expectedPeople: 30 }));
    expect(raised.admission).toMatchObject({ capacity: 40, basis: { from: 'expected', people: 30, margin: 10 }, expectedPeople: 30 });
    // The phones that have not joined are told at once.
    await late.until((v) => v.admission?.capacity === 40);
    expect(await late.request('participant:join', { commandId: newCommandId(), displayName: 'One too many' })).toMatchObject({ ok: true, status: 'joined' });
  });
});

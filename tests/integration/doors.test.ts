/** "Close the doors": no new joins, or new joins wait for the organiser's approval. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ok, openSession } from '@/tests/helpers/cafe';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

let server: TestServer;
let open: TestClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
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

/** A phone that has not joined, with the device id it keeps (and the token once it has one). */
async function phone(code: string, deviceId = newCommandId()) {
  const stored: { token?: string } = {};
  const client = new TestClient(server.url, () => (stored.token ? { joinCode: code, participantToken: stored.token } : { joinCode: code, deviceId }));
  open.push(client);
  await client.until((v) => v.role === 'guest');
  return { client, stored, deviceId };
}

async function doorsSession(doors: 'approval' | 'closed') {
  const session = await openSession(server);
  open.push(session.organiser);
  await ok(session.organiser.request('admission:update', { commandId: newCommandId(), doors }));
  return session;
}

describe('closed doors', () => {
  it('refuse new joins with doors-closed, tell the phones that have not joined, and open again', async () => {
    const { organiser, code, sessionId } = await doorsSession('closed');
    const { client } = await phone(code);
    expect(client.view?.admission?.doors).toBe('closed');
    expect(await client.request('participant:join', { commandId: newCommandId(), displayName: 'Late' })).toMatchObject({ ok: false, code: 'doors-closed' });
    expect(participantsIn(sessionId)).toBe(0);

    await ok(organiser.request('admission:update', { commandId: newCommandId(), doors: 'open' }));
    await client.until((v) => v.admission?.doors === 'open');
    expect(await client.request('participant:join', { commandId: newCommandId(), displayName: 'Late' })).toMatchObject({ ok: true, status: 'joined' });
  });
});

describe('doors that wait for the organiser', () => {
  it('keep a new phone waiting, list it on the console, and let it in when approved', async () => {
    const { organiser, code, sessionId } = await doorsSession('approval');
    const { client, stored } = await phone(code);
    const request = { commandId: newCommandId(), displayName: 'Zoé', groupLabel: 'Ventes' };
    expect(await client.request('participant:join', request)).toEqual({ ok: true, status: 'waiting' });
    expect(participantsIn(sessionId)).toBe(0);

    const listed = await organiser.until((v) => (v.waiting ?? []).length === 1);
    expect(listed.waiting).toEqual([{ id: expect.any(String), displayName: 'Zoé', groupLabel: 'Ventes', requestedAt: expect.any(Number) }]);
    // Asking again while waiting is the same request, not a second one.
    expect(await client.request('participant:join', request)).toEqual({ ok: true, status: 'waiting' });
    expect(await client.request('participant:join', { ...request, commandId: newCommandId() })).toEqual({ ok: true, status: 'waiting' });
    expect((await organiser.until(() => true)).waiting).toHaveLength(1);

    expect(await organiser.request('admission:decide', { commandId: newCommandId(), requestIds: [listed.waiting![0]!.id], approve: true })).toEqual({
      ok: true,
      decided: 1,
    });
    // Let in: counted at once, and the phone is told to come for its token.
    await organiser.until((v) => v.participantCount === 1 && (v.waiting ?? []).length === 0);
    await client.until((v) => v.myRequest === 'approved');
    const joined = await ok(client.request('participant:join', request));
    if (joined.status !== 'joined') throw new Error('still waiting');
    stored.token = joined.participantToken;
    const me = await client.until((v) => v.role === 'participant');
    expect(me.me).toMatchObject({ id: joined.participantId, displayName: 'Zoé', groupLabel: 'Ventes' });
    expect(participantsIn(sessionId)).toBe(1);
  });

  it('let in a phone that was away when approved, and that comes back with a new join from the same device', async () => {
    const { organiser, code } = await doorsSession('approval');
    const first = await phone(code);
    await ok(first.client.request('participant:join', { commandId: newCommandId(), displayName: 'Away' }));
    first.client.close();
    const { waiting } = await organiser.until((v) => (v.waiting ?? []).length === 1);
    await ok(organiser.request('admission:decide', { commandId: newCommandId(), requestIds: [waiting![0]!.id], approve: true }));

    // The page was reloaded: the same device, a new connection, a new join (the form filled in again).
    const back = await phone(code, first.deviceId);
    expect(back.client.view?.myRequest).toBe('approved');
    const joined = await ok(back.client.request('participant:join', { commandId: newCommandId(), displayName: 'Away' }));
    expect(joined).toMatchObject({ status: 'joined' });
    expect((await back.client.until((v) => v.role === 'participant')).me?.displayName).toBe('Away');
    expect((await organiser.until((v) => v.participantCount === 1)).participantCount).toBe(1);
  });

  it('tell a refused phone, keep nothing of it, and refuse requests decided meanwhile with not-found', async () => {
    const { organiser, code, sessionId } = await doorsSession('approval');
    const { client } = await phone(code);
    await ok(client.request('participant:join', { commandId: newCommandId(), displayName: 'Prankster' }));
    const { waiting } = await organiser.until((v) => (v.waiting ?? []).length === 1);
    const requestId = waiting![0]!.id;
    await ok(organiser.request('admission:decide', { commandId: newCommandId(), requestIds: [requestId], approve: false }));
    await client.until((v) => v.myRequest === 'refused');
    await organiser.until((v) => (v.waiting ?? []).length === 0);
    expect(participantsIn(sessionId)).toBe(0);
    expect(await organiser.request('admission:decide', { commandId: newCommandId(), requestIds: [requestId], approve: true })).toMatchObject({
      ok: false,
      code: 'not-found',
    });
    expect(participantsIn(sessionId)).toBe(0);

    // Asking again is a new request: the phone hears it is waiting, then the new answer.
    await ok(client.request('participant:join', { commandId: newCommandId(), displayName: 'Prankster' }));
    await client.until((v) => v.myRequest === 'waiting');
    const again = await organiser.until((v) => (v.waiting ?? []).length === 1);
    await ok(organiser.request('admission:decide', { commandId: newCommandId(), requestIds: [again.waiting![0]!.id], approve: false }));
    await client.until((v) => v.myRequest === 'refused');
  });

  it('never let in more people than the capacity', async () => {
    const { organiser, code, sessionId } = await doorsSession('approval');
    await ok(organiser.request('admission:update', { commandId: newCommandId(), expectedPeople: 1 }));
    // Capacity 11 (1 expected + a margin of 10): people waiting count against it, so the 12th is refused.
    for (let i = 0; i < 11; i++) {
      const { client } = await phone(code);
      expect(await client.request('participant:join', { commandId: newCommandId(), displayName: `P${i}` })).toEqual({ ok: true, status: 'waiting' });
    }
    const { client: twelfth } = await phone(code);
    expect(await twelfth.request('participant:join', { commandId: newCommandId(), displayName: 'P11' })).toMatchObject({ ok: false, code: 'session-full' });
    const { waiting } = await organiser.until((v) => (v.waiting ?? []).length === 11);

    // The doors open for a moment: three people come straight in.
    await ok(organiser.request('admission:update', { commandId: newCommandId(), doors: 'open' }));
    for (let i = 0; i < 3; i++) {
      const { client } = await phone(code);
      await ok(client.request('participant:join', { commandId: newCommandId(), displayName: `Walk-in ${i}` }));
    }
    const everyone = waiting!.map((w) => w.id);
    expect(await organiser.request('admission:decide', { commandId: newCommandId(), requestIds: everyone, approve: true })).toMatchObject({
      ok: false,
      code: 'session-full',
    });
    expect(participantsIn(sessionId)).toBe(3);
    expect(await organiser.request('admission:decide', { commandId: newCommandId(), requestIds: everyone.slice(0, 8), approve: true })).toEqual({
      ok: true,
      decided: 8,
    });
    expect(participantsIn(sessionId)).toBe(11);
  });
});

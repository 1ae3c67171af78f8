import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '@/lib/realtime/contract';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, type TestServer } from '@/tests/helpers/test-server';

const PHONES = 30;

let server: TestServer;
let organiser: TestClient;
let screen: TestClient;
let phones: TestClient[] = [];
let sessionId: string;
let joiningMs = 0;

async function createSession(): Promise<{ id: string; code: string; screenKey: string }> {
  const lobby = new TestClient(server.url, () => ({}), { cookie: server.organiserCookie });
  const created = await lobby.request('session:create', { commandId: newCommandId(), draft: makeDraft() });
  lobby.close();
  if (!created.ok) throw new Error(created.message);
  const owner = new TestClient(server.url, () => ({ sessionId: created.sessionId }), { cookie: server.organiserCookie });
  const snap = await owner.until(() => true);
  owner.close();
  const screenKey = snap.screenUrl!.split('/screen/')[1]!;
  return { id: created.sessionId, code: snap.session.code, screenKey };
}

/** Joins as a phone: guest → participant:join → participant snapshot. Returns the client and its token. */
async function joinPhone(code: string, name: string): Promise<{ client: TestClient; token: string }> {
  const stored: { token?: string } = {}; // what the phone keeps in localStorage
  const client = new TestClient(server.url, () => ({ joinCode: code, ...(stored.token ? { participantToken: stored.token } : {}) }));
  await client.until((v) => v.role === 'guest');
  const ack = await client.request('participant:join', { commandId: newCommandId(), displayName: name });
  if (!ack.ok) throw new Error(ack.message);
  if (ack.status !== 'joined') throw new Error('waiting at the doors');
  stored.token = ack.participantToken;
  await client.until((v) => v.role === 'participant' && v.me?.displayName === name);
  return { client, token: stored.token };
}

async function control(action: 'start' | 'pause' | 'resume' | 'next' | 'back'): Promise<number> {
  const ack = await organiser.request('session:control', { commandId: newCommandId(), action });
  if (!ack.ok) throw new Error(`${action}: ${ack.code}`);
  return ack.seq;
}

async function everyoneAt(seq: number): Promise<Snapshot[]> {
  return Promise.all([organiser, screen, ...phones].map((c) => c.until((v) => v.seq >= seq)));
}

beforeAll(async () => {
  server = await startTestServer();
  const session = await createSession();
  sessionId = session.id;
  organiser = new TestClient(server.url, () => ({ sessionId }), { cookie: server.organiserCookie });
  screen = new TestClient(server.url, () => ({ screenKey: session.screenKey }));
  await organiser.until(() => true);
  await screen.until(() => true);
  const started = Date.now();
  const joined = await Promise.all(Array.from({ length: PHONES }, (_, i) => joinPhone(session.code, `Phone ${i + 1}`)));
  joiningMs = Date.now() - started;
  phones = joined.map((j) => j.client);
});

afterAll(async () => {
  for (const c of [organiser, screen, ...phones]) c?.close();
  await server?.close();
});

describe('a live session with 30 phones', () => {
  it('shows the organiser every participant who joined, and everyone the head count', async () => {
    await organiser.loadParticipants();
    const view = await organiser.until((v) => (v.participants?.length ?? 0) === PHONES && v.participantCount === PHONES);
    expect(view.participantCount).toBe(PHONES);
    expect(new Set(view.participants!.map((p) => p.displayName)).size).toBe(PHONES);
    const screenView = await screen.until((v) => v.participantCount === PHONES);
    expect(screenView.participants).toBeUndefined(); // the projector gets a count, not names
    await Promise.all(phones.map((p) => p.until((v) => v.participantCount === PHONES)));
  });

  it('tells the phones the head count a few times per second at most, and nobody else’s name', async () => {
    // Coalesced: at most one count per quarter of a second of joining (and the last one), whatever the room's size.
    const bound = Math.ceil(joiningMs / 250) + 2;
    for (const phone of [phones.at(-1)!, phones[0]!]) {
      const counts = phone.received.filter((m) => m.event === 'room:count').length;
      expect(counts).toBeLessThanOrEqual(bound);
      expect(phone.received.filter((m) => m.event === 'participants:changed' || m.event === 'seating:changed')).toEqual([]);
      const others = Array.from({ length: PHONES }, (_, i) => `Phone ${i + 1}`).filter((n) => n !== phone.view!.me!.displayName);
      expect(phone.received.filter((m) => others.some((name) => m.payload.includes(`"${name}"`)))).toEqual([]);
    }
  });

  it('keeps every client on the same state and deadline through start, pause, resume, extend and skip', async () => {
    const steps: Array<() => Promise<number>> = [
      () => control('start'),
      () => control('pause'),
      () => control('resume'),
      async () => {
        const ack = await organiser.request('session:control', { commandId: newCommandId(), action: 'extend', ms: 300_000 });
        if (!ack.ok) throw new Error(ack.code);
        return ack.seq;
      },
      () => control('next'),
    ];
    for (const step of steps) {
      const seq = await step();
      const views = await everyoneAt(seq);
      const reference = JSON.stringify(views[0]!.live);
      for (const view of views) expect(JSON.stringify(view.live)).toBe(reference);
    }
    const final = organiser.view!.live;
    expect(final.stage).toEqual({ kind: 'phase', round: 0, phase: 'sharing' });
    expect(final.timer).toMatchObject({ status: 'running', durationMs: 600_000 });
    // The phones count down from the same deadline: nothing to tick from the server.
    expect(phones.every((p) => p.gaps === 0)).toBe(true);
  });

  it('brings a phone that missed two phase changes back to the right state on reconnect', async () => {
    const phone = phones[0]!;
    phone.socket.disconnect();
    await control('next'); // → consolidation
    const seq = await control('next'); // → rotation
    await organiser.until((v) => v.seq >= seq);
    expect(phone.view!.live.stage).toEqual({ kind: 'phase', round: 0, phase: 'sharing' });
    phone.socket.connect();
    const view = await phone.until((v) => v.seq >= seq);
    expect(view.live).toEqual(organiser.view!.live);
    expect(view.live.stage).toEqual({ kind: 'rotation', afterRound: 0 });
    expect(view.role).toBe('participant'); // same identity, from the token
  });

  it('acknowledges a retried control command again without applying it twice', async () => {
    const commandId = newCommandId();
    const first = await organiser.request('session:control', { commandId, action: 'next' });
    const again = await organiser.request('session:control', { commandId, action: 'next' });
    expect(first).toEqual(again);
    await everyoneAt(first.ok ? first.seq : Infinity);
    expect(organiser.view!.live.stage).toEqual({ kind: 'phase', round: 1, phase: 'reflection' });
    expect(organiser.view!.seq).toBe(first.ok ? first.seq : -1);
  });

  it('refuses control commands from phones and the projector, and illegal transitions, changing nothing', async () => {
    const before = organiser.view!.seq;
    const fromPhone = await phones[1]!.request('session:control', { commandId: newCommandId(), action: 'next' });
    expect(fromPhone).toMatchObject({ ok: false, code: 'forbidden' });
    const fromScreen = await screen.request('session:control', { commandId: newCommandId(), action: 'next' });
    expect(fromScreen).toMatchObject({ ok: false, code: 'forbidden' });
    const illegal = await organiser.request('session:control', { commandId: newCommandId(), action: 'start' });
    expect(illegal).toMatchObject({ ok: false, code: 'already-started' });
    const sync = await organiser.request('session:sync', {});
    expect(sync.ok && sync.snapshot.seq).toBe(before);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { freePort, startServerProcess, type ServerProcess } from '@/tests/helpers/realtime-process';
import { tempDbPath } from '@/tests/helpers/test-server';

const temp = tempDbPath();
const clients: TestClient[] = [];
let running: ServerProcess | null = null;

afterAll(async () => {
  for (const c of clients) c.close();
  await running?.kill9();
  temp.cleanup();
});

function organiserOn(server: ServerProcess, sessionId?: string): TestClient {
  const client = new TestClient(server.url, () => (sessionId ? { sessionId } : {}), { cookie: server.organiserCookie });
  clients.push(client);
  return client;
}

async function prepare(server: ServerProcess, autoAdvance: boolean): Promise<{ sessionId: string; code: string; organiser: TestClient }> {
  const created = await organiserOn(server).request('session:create', {
    commandId: newCommandId(),
    draft: makeDraft({
      autoAdvance,
      rounds: [{ question: 'Q1', reflectionMs: 10_000, sharingMs: 600_000, consolidationMs: 420_000 }],
    }),
  });
  if (!created.ok) throw new Error(created.message);
  const organiser = organiserOn(server, created.sessionId);
  const view = await organiser.until(() => true);
  return { sessionId: created.sessionId, code: view.session.code, organiser };
}

describe('kill -9 mid-round, then a restart on the same database', () => {
  it('keeps every acknowledged write, resumes paused timers and applies a deadline that passed while down', async () => {
    const port = await freePort();
    running = await startServerProcess({ dbPath: temp.path, port });

    const auto = await prepare(running, true);
    const manual = await prepare(running, false);

    // Phones join the auto-advance session; their tokens live "on the phone" (here: in the test).
    const tokens: string[] = [];
    const phones = Array.from({ length: 5 }, (_, i) => {
      const phone = new TestClient(running!.url, () => ({ joinCode: auto.code, ...(tokens[i] ? { participantToken: tokens[i] } : {}) }));
      clients.push(phone);
      return phone;
    });
    for (const [i, phone] of phones.entries()) {
      await phone.until(() => true);
      const ack = await phone.request('participant:join', { commandId: newCommandId(), displayName: `P${i}` });
      if (!ack.ok) throw new Error(ack.message);
      if (ack.status !== 'joined') throw new Error('waiting at the doors');
      tokens[i] = ack.participantToken;
    }
    const started = await auto.organiser.request('session:control', { commandId: newCommandId(), action: 'start' });
    expect(started.ok).toBe(true);
    await Promise.all(phones.map((p) => p.until((v) => v.live.stage.kind === 'phase')));

    await manual.organiser.request('session:control', { commandId: newCommandId(), action: 'start' });
    const paused = await manual.organiser.request('session:control', { commandId: newCommandId(), action: 'pause' });
    expect(paused.ok).toBe(true);
    const pausedView = await manual.organiser.until((v) => v.live.timer?.status === 'paused');
    const remainingBefore = pausedView.live.timer?.status === 'paused' ? pausedView.live.timer.remainingMs : NaN;

    await running.kill9();
    // A minute passes while the server is down: the 10-second reflection deadline has gone by.
    running = await startServerProcess({ dbPath: temp.path, port, clockOffsetMs: 60_000 });

    // The phones reconnect by themselves, as the same participants, and find the sharing phase.
    const views = await Promise.all(phones.map((p) => p.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'sharing', 15_000)));
    for (const [i, view] of views.entries()) {
      expect(view.role).toBe('participant');
      expect(view.me?.displayName).toBe(`P${i}`);
      expect(view.participantCount).toBe(5);
      expect(view.live.timer).toMatchObject({ status: 'running', durationMs: 600_000 });
    }

    // The manual session is exactly where it was: paused, same time left.
    const again = organiserOn(running, manual.sessionId);
    const resumed = await again.until(() => true);
    expect(resumed.live.stage).toEqual({ kind: 'phase', round: 0, phase: 'reflection' });
    expect(resumed.live.timer).toEqual({ status: 'paused', remainingMs: remainingBefore, durationMs: 10_000 });

    // The event log has no gap and ends at the snapshot's sequence number.
    const autoView = await organiserOn(running, auto.sessionId).until(() => true);
    // Joins travel outside the sequence (decision 0011): it numbers what every client receives.
    expect(autoView.seq).toBe(1 /* created */ + 1 /* start */ + 1 /* deadline */);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { control, openSession } from '@/tests/helpers/cafe';
import { FakeTimers } from '@/tests/helpers/fake-timers';
import type { TestClient } from '@/tests/helpers/test-client';
import { startTestServer, TestClock, type TestServer } from '@/tests/helpers/test-server';

const ROUND = { question: 'Q1', reflectionMs: 10_000, sharingMs: 600_000, consolidationMs: 420_000 };

let server: TestServer;
let timers: FakeTimers;
const clients: TestClient[] = [];

beforeAll(async () => {
  const clock = new TestClock();
  timers = new FakeTimers(clock);
  server = await startTestServer({ clock, timers });
});

afterAll(async () => {
  for (const client of clients) client.close();
  await server.close();
});

describe('auto-advance on a running server (on the server clock, moved by the test)', () => {
  it('moves to the next phase at the deadline, and a manual session stays in overtime', async () => {
    const auto = await openSession(server, { autoAdvance: true, rounds: [ROUND] });
    const manual = await openSession(server, { autoAdvance: false, rounds: [ROUND] });
    clients.push(auto.organiser, manual.organiser);
    await control(auto.organiser, 'start');
    await control(manual.organiser, 'start');

    timers.advance(9_000);
    const before = await auto.organiser.request('session:sync', {});
    expect(before.ok && before.snapshot.live.stage).toEqual({ kind: 'phase', round: 0, phase: 'reflection' });

    timers.advance(1_500);
    const moved = await auto.organiser.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'sharing');
    expect(moved.live.timer).toMatchObject({ status: 'running', durationMs: 600_000 });
    // The sharing's own deadline is armed in turn.
    timers.advance(600_000);
    await auto.organiser.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'consolidation');

    const still = await manual.organiser.request('session:sync', {});
    expect(still.ok && still.snapshot.live.stage).toEqual({ kind: 'phase', round: 0, phase: 'reflection' });
    expect(still.ok && still.snapshot.live.timer?.status === 'running' && still.snapshot.live.timer.endsAt < still.snapshot.serverTime).toBe(true);
  });

  it('a pause stops the clock: nothing moves at the old deadline, and a resume re-arms it', async () => {
    const auto = await openSession(server, { autoAdvance: true, rounds: [ROUND] });
    clients.push(auto.organiser);
    await control(auto.organiser, 'start');
    timers.advance(4_000);
    await control(auto.organiser, 'pause');
    timers.advance(60_000);
    const paused = await auto.organiser.request('session:sync', {});
    expect(paused.ok && paused.snapshot.live).toMatchObject({ stage: { phase: 'reflection' }, timer: { status: 'paused' } });
    // The test's clock also runs with real time: about 6 s were left when it paused, whatever the minute since.
    const left = paused.ok && paused.snapshot.live.timer?.status === 'paused' ? paused.snapshot.live.timer.remainingMs : NaN;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(6_000);
    await control(auto.organiser, 'resume');
    timers.advance(6_000);
    await auto.organiser.until((v) => v.live.stage.kind === 'phase' && v.live.stage.phase === 'sharing');
  });
});

/**
 * `kill -9` of the server process mid-vote and mid-rating, then a restart on the same database:
 * every acknowledged dot and rating is there, the vote is where it was, the phones reconnect by
 * themselves and find their own dots.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { emitCommand } from '@/lib/realtime/emit-command';
import type { CommandName, CommandPayload } from '@/lib/realtime/emit-command';
import { ok } from '@/tests/helpers/cafe';
import { freePort, startServerProcess, type ServerProcess } from '@/tests/helpers/realtime-process';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { tempDbPath } from '@/tests/helpers/test-server';
import { atStep, moveTo, openPlenaryCafe, type PlenaryCafe } from './plenary-cafe';

const temp = tempDbPath();
let running: ServerProcess | null = null;
let cafe: PlenaryCafe | null = null;
const extra: TestClient[] = [];

afterAll(async () => {
  cafe?.close();
  for (const client of extra) client.close();
  await running?.kill9();
  temp.cleanup();
});

type Dots = Record<string, number>;
type Ratings = Record<string, { gain: number; effort: number }>;

/** Sends once, with no retry: an ack that never comes (the server was killed) leaves the command unacknowledged. */
async function once<E extends CommandName>(client: TestClient, event: E, payload: CommandPayload<E>): Promise<boolean> {
  try {
    const ack = await emitCommand(client.socket, event, payload, 3_000);
    return ack.ok;
  } catch {
    return false;
  }
}

/**
 * Runs each phone's steps in order, every phone at once, and kills the server once `killAfter`
 * steps were acknowledged. Returns, per phone, how many of its steps were acknowledged in a row.
 */
async function runUntilKilled(phones: TestClient[], steps: ((client: TestClient) => Promise<boolean>)[], killAfter: number): Promise<number[]> {
  const acked = phones.map(() => 0);
  let total = 0;
  const kill: { done: Promise<void> | null } = { done: null };
  await Promise.all(
    phones.map(async (client, p) => {
      for (const step of steps) {
        if (kill.done) return;
        if (!(await step(client))) return;
        acked[p]! += 1;
        total += 1;
        if (total >= killAfter && !kill.done) kill.done = running!.kill9();
      }
    }),
  );
  await kill.done;
  return acked;
}

/** The restarted server on the same file and port; a new organiser console on it. */
async function restart(port: number, sessionId: string): Promise<TestClient> {
  running = await startServerProcess({ dbPath: temp.path, port });
  const organiser = new TestClient(running.url, () => ({ sessionId }), { cookie: running.organiserCookie });
  extra.push(organiser);
  await organiser.until(() => true, 15_000);
  return organiser;
}

/** A phone's stored value is one of the states its own steps went through, at or after its last acknowledged one. */
function expectAtOrAfter<T>(stored: T, states: T[], acked: number): void {
  const matches = states.map((state, i) => ({ i, same: JSON.stringify(sortKeys(state)) === JSON.stringify(sortKeys(stored)) }));
  const at = matches.filter((m) => m.same).map((m) => m.i);
  expect(at.length, `stored ${JSON.stringify(stored)} is none of ${JSON.stringify(states)}`).toBeGreaterThan(0);
  expect(Math.max(...at)).toBeGreaterThanOrEqual(acked);
}

function sortKeys(value: unknown): unknown {
  return value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value;
}

describe('kill -9 mid-vote and mid-rating, then a restart on the same database', () => {
  it('keeps every acknowledged dot and rating', async () => {
    const port = await freePort();
    running = await startServerProcess({ dbPath: temp.path, port });
    cafe = await openPlenaryCafe(running, {
      tables: 2,
      phones: 12,
      ideasPerTable: 1,
      plenary: { steps: ['workstreams', 'vote', 'assessment', 'actions'], dotsPerPerson: 4, maxDotsPerItem: 2, voteOn: 'workstreams', ratedBy: 'everyone' },
    });
    await moveTo(cafe, atStep('workstreams'));
    const [A, B, C] = [newCommandId(), newCommandId(), newCommandId()];
    for (const [i, id] of [A, B, C].entries())
      await ok(cafe.organiser.request('workstream:create', { commandId: newCommandId(), workstreamId: id, name: `W${i}` }));
    await moveTo(cafe, atStep('vote'));
    const phones = cafe.phones.map((p) => p.client);
    await Promise.all(phones.map((c) => c.until((v) => v.plenary?.vote.status === 'open')));

    // Each phone: A1, B1, A2, one dot A→C, B0: the states its allocation goes through.
    const voteStates: Dots[] = [{}, { [A]: 1 }, { [A]: 1, [B]: 1 }, { [A]: 2, [B]: 1 }, { [A]: 1, [B]: 1, [C]: 1 }, { [A]: 1, [C]: 1 }];
    const voteSteps = [
      (c: TestClient) => once(c, 'vote:set', { commandId: newCommandId(), itemId: A, dots: 1 }),
      (c: TestClient) => once(c, 'vote:set', { commandId: newCommandId(), itemId: B, dots: 1 }),
      (c: TestClient) => once(c, 'vote:set', { commandId: newCommandId(), itemId: A, dots: 2 }),
      (c: TestClient) => once(c, 'vote:move', { commandId: newCommandId(), fromId: A, toId: C }),
      (c: TestClient) => once(c, 'vote:set', { commandId: newCommandId(), itemId: B, dots: 0 }),
    ];
    const votesAcked = await runUntilKilled(phones, voteSteps, 30);
    expect(votesAcked.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(30);

    let organiser = await restart(port, cafe.sessionId);
    // Each phone reconnects by itself and asks the restarted server what it stored.
    const afterVote = await Promise.all(phones.map(async (c) => (await ok(c.request('session:sync', {}))).snapshot));
    for (const [p, view] of afterVote.entries()) {
      expect(view.role).toBe('participant');
      expect(view.plenary!.vote.status).toBe('open');
      expectAtOrAfter(view.myPlenary!.dots, voteStates, votesAcked[p]!);
    }

    // The vote goes on where it was: everyone finishes, the organiser closes it.
    for (const client of phones) {
      await ok(client.request('vote:replace', { commandId: newCommandId(), dots: { [A]: 1, [C]: 1 } }));
    }
    await ok(organiser.request('vote:close', { commandId: newCommandId() }));
    const closed = await organiser.until((v) => v.plenary?.vote.status === 'closed');
    expect(closed.plenary!.vote.ranking!.map((r) => [r.itemId, r.dots])).toEqual([
      [A, 12],
      [C, 12],
      [B, 0],
    ]);
    await ok(organiser.request('shortlist:set', { commandId: newCommandId(), itemIds: [A, C] }));
    const seq = (await ok(organiser.request('session:control', { commandId: newCommandId(), action: 'next' }))).seq;
    await Promise.all(phones.map((c) => c.until((v) => v.seq >= seq && v.live.stage.kind === 'plenary' && v.live.stage.step === 'assessment')));

    // Each phone: A 4/2, C 3/3, A 5/2, C taken back and given 2/4.
    const ratingStates: Ratings[] = [
      {},
      { [A]: { gain: 4, effort: 2 } },
      { [A]: { gain: 4, effort: 2 }, [C]: { gain: 3, effort: 3 } },
      { [A]: { gain: 5, effort: 2 }, [C]: { gain: 3, effort: 3 } },
      { [A]: { gain: 5, effort: 2 } },
      { [A]: { gain: 5, effort: 2 }, [C]: { gain: 2, effort: 4 } },
    ];
    const rate = (itemId: string, rating: { gain: number; effort: number } | null) => (c: TestClient) =>
      once(c, 'rating:set', { commandId: newCommandId(), itemId, rating });
    const ratingSteps = [
      rate(A, { gain: 4, effort: 2 }),
      rate(C, { gain: 3, effort: 3 }),
      rate(A, { gain: 5, effort: 2 }),
      rate(C, null),
      rate(C, { gain: 2, effort: 4 }),
    ];
    const ratingsAcked = await runUntilKilled(phones, ratingSteps, 30);

    organiser = await restart(port, cafe.sessionId);
    const afterRating = await Promise.all(phones.map(async (c) => (await ok(c.request('session:sync', {}))).snapshot));
    for (const [p, view] of afterRating.entries()) {
      expect(view.live.stage).toEqual({ kind: 'plenary', step: 'assessment' });
      expectAtOrAfter(view.myPlenary!.ratings, ratingStates, ratingsAcked[p]!);
    }
    // And the votes are still those acknowledged before the first crash and after it.
    for (const view of afterRating) expect(view.myPlenary!.dots).toEqual({ [A]: 1, [C]: 1 });
  });
});

/**
 * The dot vote as a client process plays it: every joined phone places all its dots one at a time
 * (`vote:set`), at random moments of the window (seeded), never more than the cap on one item.
 * Open loop, as a person taps: a phone does not wait for its last ack before its next dot.
 */
import type { Random } from '@/lib/domain/seeded-random';
import { pick } from '@/bench/sim/banks';
import type { Ballot, SimPhone } from '@/bench/sim/phone-protocol';
import { wallClock } from '@/bench/sim/wire-meter';
import type { WorkerResult } from './ipc';
import { watchLoopDelay } from './proc-stats';

export type Voter = { phone: SimPhone; random: Random; progressAt: number[] };

/** How long a phone waits for the open vote to reach it (its plenary view follows the stage change). */
const BALLOT_WAIT_MS = 30_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

async function ballotOf(phone: SimPhone): Promise<Ballot | null> {
  for (const deadline = wallClock() + BALLOT_WAIT_MS; wallClock() < deadline; await sleep(50)) {
    const ballot = phone.ballot();
    if (ballot) return ballot;
  }
  return null;
}

/**
 * Every joined phone places its dots over `durationMs`; each ack timed. `loopDelayP99Ms`, `loopDelayMaxMs`:
 * how late this process's event loop ran meanwhile (an ack read late by its phone's process looks late too).
 */
export async function placeDots(voters: readonly Voter[], durationMs: number): Promise<WorkerResult<'vote'>> {
  const result: WorkerResult<'vote'> = { sent: 0, latencies: [], failures: {}, unopened: 0, loopDelayP99Ms: 0, loopDelayMaxMs: 0 };
  const loop = watchLoopDelay();
  for (const voter of voters) voter.progressAt.length = 0;
  await Promise.all(
    voters
      .filter((v) => v.phone.joined)
      .map(async ({ phone, random }) => {
        const ballot = await ballotOf(phone);
        if (!ballot) return void (result.unopened += 1);
        const dots = Math.min(ballot.dotsPerPerson, ballot.itemIds.length * ballot.maxDotsPerItem);
        const moments = Array.from({ length: dots }, () => random() * durationMs).sort((a, b) => a - b);
        const mine = new Map<string, number>();
        const start = wallClock();
        const pending: Promise<void>[] = [];
        for (const moment of moments) {
          await sleep(Math.max(0, start + moment - wallClock()));
          const itemId = pick(
            random,
            ballot.itemIds.filter((id) => (mine.get(id) ?? 0) < ballot.maxDotsPerItem),
          );
          const count = (mine.get(itemId) ?? 0) + 1;
          mine.set(itemId, count);
          const sentAt = wallClock();
          result.sent += 1;
          pending.push(
            phone.setDots(itemId, count).then((ack) => {
              if (ack.ok) result.latencies.push(wallClock() - sentAt);
              else bump(result.failures, ack.code);
            }),
          );
        }
        await Promise.all(pending);
      }),
  );
  const delay = loop.stop();
  result.loopDelayP99Ms = delay.p99Ms;
  result.loopDelayMaxMs = delay.maxMs;
  return result;
}

/** The `plenary:progress` each phone received since the vote began: in all, and the most in one second from `since`. */
export function progressReceived(voters: readonly Voter[], since: number): WorkerResult<'progress'> {
  let messages = 0;
  let maxPerSecond = 0;
  for (const { progressAt } of voters) {
    messages += progressAt.length;
    const perSecond = new Map<number, number>();
    for (const at of progressAt) {
      const second = Math.floor((at - since) / 1000);
      const n = (perSecond.get(second) ?? 0) + 1;
      perSecond.set(second, n);
      maxPerSecond = Math.max(maxPerSecond, n);
    }
  }
  return { messages, maxPerSecond };
}

/**
 * The run's last part: the café goes on to the plenary's dot vote and every phone places all its
 * dots over about a minute, while the projector counts the progress it is sent. The session's
 * programme is only the workstreams and the vote (run-once.ts), so the shortest way there is the
 * organiser creating a few workstreams and moving on. See docs/bench.md, "Plenary vote".
 */
import type { SimOrganiser } from '@/bench/sim/organiser-protocol';
import { SimScreen } from '@/bench/sim/screen-protocol';
import { addWireCounts, emptyWireCount, wallClock, type WireMeter } from '@/bench/sim/wire-meter';
import type { DraftOptions } from '@/bench/sim/organiser-protocol';
import { DEFAULT_PLENARY } from '@/lib/domain/plenary/plenary-types';
import { ackOf, sleep, type Probes } from './probes';
import type { ServerProcess } from './processes';
import type { VoteResult } from './run-result';
import { mergeCounts, summarise } from './stats';
import type { WorkerPool } from './worker-pool';

/** Workstreams voted on: 5 dots, at most 2 on one, spread over 8 items. */
const ITEMS = 8;

/** How long the organiser waits for the revealed ranking after closing the vote. */
const RANKING_WAIT_MS = 30_000;

/** The bench's programme: workstreams then the vote (5 dots, at most 2 on one item), nothing else. */
export const VOTE_PROGRAMME: NonNullable<DraftOptions['plenary']> = { ...DEFAULT_PLENARY, steps: ['workstreams', 'vote'], voteOn: 'workstreams' };

export type VoteDeps = {
  url: string;
  phones: number;
  probes: Probes;
  workers: WorkerPool;
  organiser: SimOrganiser;
  organiserMeter: WireMeter;
  server: ServerProcess;
  windowMs: number;
  log: (line: string) => void;
};

/** Most messages in one second from `since`, and the mean per second over `seconds`. */
function perSecond(times: readonly number[], since: number, seconds: number) {
  const buckets = new Map<number, number>();
  for (const at of times) buckets.set(Math.floor((at - since) / 1000), (buckets.get(Math.floor((at - since) / 1000)) ?? 0) + 1);
  return { messages: times.length, maxPerSecond: Math.max(0, ...buckets.values()), meanPerSecond: times.length / Math.max(1, seconds) };
}

/** From round 2's reflection to the vote's close, measuring the dots. */
export async function plenaryVote(deps: VoteDeps): Promise<VoteResult> {
  const { probes, workers, organiser: org, organiserMeter, server, log } = deps;
  const screenKey = org.screenKey();
  if (!screenKey) throw new Error('the organiser has no screen link');
  const screen = new SimScreen(deps.url, screenKey);
  try {
    await screen.ready();
    log('plenary vote');
    for (let i = 1; i <= ITEMS; i++) {
      const made = await org.createWorkstream(`Chantier ${i}`);
      if (!made.ok) probes.failedAcks.push({ [made.code]: 1 });
    }
    await probes.settle('workstream:create');
    for (const label of ['reflection → sharing', 'sharing → consolidation', 'consolidation → workstreams']) {
      await probes.measure(`next (${label})`, () => org.control('next'), ackOf);
    }
    const open = await probes.measure('next (workstreams → vote: opens it)', () => org.control('next'), ackOf);

    await workers.all({ type: 'reset' });
    organiserMeter.reset();
    screen.reset();
    const cpuBefore = server.cpuSeconds();
    await server.loopDelay(); // starts the server's count afresh
    const windowStart = wallClock();
    const results = await workers.all({ type: 'vote', durationMs: deps.windowMs });
    const wallS = (wallClock() - windowStart) / 1000;
    const serverLoop = await server.loopDelay();
    const loopDelayP99Ms = { server: serverLoop?.p99Ms ?? NaN, clients: Math.max(...results.map((r) => r.loopDelayP99Ms)) };
    const loopDelayMaxMs = { server: serverLoop?.maxMs ?? NaN, clients: Math.max(...results.map((r) => r.loopDelayMaxMs)) };
    await probes.settle('the dots');
    const phones = (await workers.all({ type: 'counters' })).reduce((sum, c) => addWireCounts(sum, c.count), emptyWireCount());
    const organiser = structuredClone(organiserMeter.count);
    const serverCpuS = server.cpuSeconds() - cpuBefore;
    const progress = await workers.all({ type: 'progress', since: windowStart });
    const projector = perSecond(screen.progressAt, windowStart, wallS);
    const failures = mergeCounts(results.map((r) => r.failures));
    probes.failedAcks.push(failures);
    const dots = {
      sent: results.reduce((sum, r) => sum + r.sent, 0),
      ack: summarise(results.flatMap((r) => r.latencies)),
      failures,
      unopened: results.reduce((sum, r) => sum + r.unopened, 0),
    };
    const progressMessages = progress.reduce((sum, p) => sum + p.messages, 0);
    log(
      `  ${dots.sent} dots over ${wallS.toFixed(1)} s: ack p50 ${dots.ack?.p50.toFixed(1)} / p99 ${dots.ack?.p99.toFixed(1)} ms; projector progress max ${projector.maxPerSecond}/s` +
        ` (event-loop delay p99 / max: server ${loopDelayP99Ms.server.toFixed(0)} / ${loopDelayMaxMs.server.toFixed(0)}, clients ${loopDelayP99Ms.clients.toFixed(0)} / ${loopDelayMaxMs.clients.toFixed(0)} ms)`,
    );

    // The ranking's view follows the close after a delay that grows with the room (longer than the
    // bench's quiet time at 2,000 phones): wait until it reaches the organiser.
    const close = await probes.measure(
      'vote:close (until the ranking reaches the organiser)',
      async () => {
        const ack = await org.closeVote();
        for (const deadline = wallClock() + RANKING_WAIT_MS; ack.ok && org.talliedDots() === null && wallClock() < deadline;) await sleep(20);
        return ack;
      },
      ackOf,
    );
    return {
      items: ITEMS,
      windowMs: deps.windowMs,
      wallS,
      open: open.traffic,
      dots,
      projector,
      phones,
      phoneProgress: {
        meanPerPhonePerSecond: progressMessages / Math.max(1, deps.phones) / Math.max(1, wallS),
        maxPerPhonePerSecond: Math.max(0, ...progress.map((p) => p.maxPerSecond)),
      },
      organiser,
      serverCpuS,
      loopDelayP99Ms,
      loopDelayMaxMs,
      close: close.traffic,
      tallied: org.talliedDots(),
    };
  } finally {
    screen.close();
  }
}

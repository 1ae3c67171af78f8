/**
 * The venue's Wi-Fi drops for a moment: every phone's connection goes silent at once and Socket.io
 * opens a new one (after 0.25–0.75 s, as in a real phone). Each phone is timed from the drop to its
 * new snapshot; meanwhile the organiser's console keeps sending clock samples (`time:ping`, every
 * 100 ms), which shows whether the server still answers while 2,000 phones come back. The old
 * connections stay open and silent on the server's side until their pings go unanswered (~45 s), as
 * after a real drop; the memory figure after the step includes them.
 */
import type { SimOrganiser } from '@/bench/sim/organiser-protocol';
import { wallClock } from '@/bench/sim/wire-meter';
import { sleep, type Probes } from './probes';
import type { ServerProcess } from './processes';
import type { WifiDrop } from './run-result';
import { summarise } from './stats';
import type { WorkerPool } from './worker-pool';

/** How long the bench waits for every phone to be back before counting the missing ones. */
const DROP_WAIT_MS = 120_000;
const PING_EVERY_MS = 100;

export async function wifiDrop(deps: {
  probes: Probes;
  workers: WorkerPool;
  organiser: SimOrganiser;
  server: ServerProcess;
  log: (line: string) => void;
}): Promise<WifiDrop> {
  const { probes, workers, organiser, server, log } = deps;
  const pings: number[] = [];
  const answered: number[] = [];
  let pingFailures = 0;
  let pinging = true;
  await server.loopDelay(); // starts the server's count afresh
  const pinger = (async () => {
    while (pinging) {
      const sentAt = wallClock();
      const ack = await organiser.ping();
      if (ack.ok) {
        pings.push(wallClock() - sentAt);
        // Both clocks are this machine's (Date.now, to the millisecond).
        answered.push(ack.serverTime - ack.clientTime);
      } else pingFailures++;
      await sleep(PING_EVERY_MS);
    }
  })();
  const { value: results, traffic } = await probes.measure(
    'Wi-Fi drop',
    async () => {
      const answers = await workers.all({ type: 'drop', waitMs: DROP_WAIT_MS });
      pinging = false;
      return answers;
    },
    (answers) => {
      const notBack = answers.reduce((sum, r) => sum + r.notBack, 0);
      return { ok: notBack === 0, code: notBack === 0 ? null : 'not-back' };
    },
  );
  await pinger;
  const serverLoop = await server.loopDelay();
  const latencies = results.flatMap((r) => r.latencies);
  const drop: WifiDrop = {
    traffic,
    back: summarise(latencies),
    notBack: results.reduce((sum, r) => sum + r.notBack, 0),
    durationMs: Math.max(0, ...latencies),
    organiserPing: summarise(pings),
    pingAnswered: summarise(answered),
    pingFailures,
    serverLoopDelayP99Ms: serverLoop?.p99Ms ?? NaN,
  };
  log(
    `  every phone back after ${drop.durationMs.toFixed(0)} ms (p50 ${drop.back?.p50.toFixed(0)}, p99 ${drop.back?.p99.toFixed(0)} ms, ${drop.notBack} not back);` +
      ` organiser's time:ping p99 ${drop.organiserPing?.p99.toFixed(0)} ms, max ${drop.organiserPing?.max.toFixed(0)} ms (the server's answer p99 ${drop.pingAnswered?.p99.toFixed(0)} ms after the send);` +
      ` server event-loop delay p99 ${drop.serverLoopDelayP99Ms.toFixed(0)} ms`,
  );
  return drop;
}

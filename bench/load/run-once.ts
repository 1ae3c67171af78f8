/**
 * One run of the load bench at one size: a fresh realtime server and a bare Socket.io server, each in
 * its own process, N phones in client processes, and a café driven by the organiser from lobby to
 * round 2, measuring each step. See docs/bench.md for what each figure means.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { SimOrganiser, cafeDraft, createSession } from '@/bench/sim/organiser-protocol';
import { PHASE_CHANGE_EVENT, type Result } from '@/bench/sim/phone-protocol';
import { WireMeter, addWireCounts, emptyWireCount, frameHeaderBytes, wallClock, type WireCount } from '@/bench/sim/wire-meter';
import { LIMITS } from '@/lib/realtime/contract';
import type { WriteResult } from './ipc';
import { freePort, startServerProcess, type ServerProcess } from './processes';
import { mergeCounts, summarise, type Summary } from './stats';
import { WorkerPool } from './worker-pool';

export type RunOptions = {
  phones: number;
  /** Sockets per client process (the bench forks as many processes as needed). */
  phonesPerProcess: number;
  /** How long every phone writes a note (then a +1) every `writeEveryMs`. */
  writeWindowMs: number;
  writeEveryMs: number;
  /** Each step of the write-rate sweep lasts this long. */
  sweepStepMs: number;
  seed: number;
  /** A phone's command without an ack after this long counts as lost (`no-answer`). */
  ackTimeoutMs: number;
  log?: (line: string) => void;
};

/** What all phones (and, apart, the organiser) received after one action, until the traffic settled. */
export type ActionTraffic = {
  action: string;
  ok: boolean;
  code: string | null;
  ackMs: number;
  phones: WireCount;
  organiser: WireCount;
  serverCpuS: number;
};

export type PhaseChange = {
  traffic: ActionTraffic;
  /** Organiser's `session:control` sent → each phone's `session:state` received. */
  fanout: Summary | null;
  /** The same, to each phone's first `table:view` after it. */
  tableView: Summary | null;
  missingState: number;
  missingTable: number;
  /** The bare server's broadcast of a message of the same size, just after. */
  bare: { payloadBytes: number; fanout: Summary | null; missing: number };
};

/**
 * Writes at a target rate. `wallS`: from the first write to the last ack; `serverCpuS`: the server's
 * CPU over the window and until the traffic settled (far below `wallS` under a long queue: waiting, not computing).
 */
export type WriteWindow = {
  targetRatePerS: number;
  achievedRatePerS: number;
  ack: Summary | null;
  sent: number;
  skipped: number;
  failures: Record<string, number>;
  serverCpuS: number;
  wallS: number;
};

export type RunResult = {
  phones: number;
  tables: number;
  processes: number;
  durationS: number;
  join: { ratePerS: number; durationMs: number; ack: Summary | null; failures: Record<string, number> };
  actions: Record<'join' | 'seat:take' | 'reaction:set' | 'seat:fill' | 'rotation:apply', ActionTraffic>;
  phaseChanges: PhaseChange[];
  fanout: { tournee: Summary | null; bare: Summary | null; ratioP50: number; ratioP99: number };
  tableView: Summary | null;
  writes: { note: WriteWindow; plusOne: WriteWindow };
  sweep: { steps: WriteWindow[]; passes100MsAt: number | null; highestTried: number };
  rotation: {
    planMs: number;
    movers: number;
    apply: ActionTraffic;
    checkIn: { count: number; durationMs: number; ack: Summary | null; failures: Record<string, number>; traffic: ActionTraffic };
  };
  organiserSnapshotBytes: number;
  server: { peakRssMb: number; cpuS: number; errorLines: string[] };
  bareServer: { cpuS: number };
  clients: { cpuS: number };
  errors: {
    disconnects: Record<string, number>;
    connectErrors: Record<string, number>;
    failedAcks: Record<string, number>;
    missingReceipts: number;
    /** Steps after which the traffic had not settled within SETTLE_LIMIT_MS. */
    unsettled: string[];
    organiserDisconnects: Record<string, number>;
    unjoined: number;
    unseated: number;
  };
};

/** People per table the bench seats (the session allows at most LIMITS.tablesMax tables). */
const PER_TABLE = 8;
/** How long the traffic must be silent before an action counts as fully delivered. */
const QUIET_MS = 600;
/** Past this, the bench stops waiting for the traffic to settle, notes it and goes on. */
const SETTLE_LIMIT_MS = 600_000;
/** Aggregate write rates tried by the sweep (each phone writes at most 4 per second: the server's rate limit refills 5). */
const SWEEP_RATES = [25, 50, 100, 200, 400, 800, 1600, 3200];
const MAX_WRITES_PER_PHONE_PER_S = 4;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ratio(a: number | undefined, b: number | undefined): number {
  return a !== undefined && b !== undefined && b > 0 ? a / b : Number.NaN;
}

export async function runOnce(options: RunOptions): Promise<RunResult> {
  const started = wallClock();
  const log = options.log ?? (() => undefined);
  const N = options.phones;
  const tables = Math.max(2, Math.min(LIMITS.tablesMax, Math.ceil(N / PER_TABLE)));
  const processes = Math.ceil(N / options.phonesPerProcess);
  const dir = mkdtempSync(join(tmpdir(), 'tournee-load-'));
  const servers: ServerProcess[] = [];
  let pool: WorkerPool | null = null;
  let organiser: SimOrganiser | null = null;
  try {
    const server = await startServerProcess('./server-main.ts', { BENCH_DB_PATH: join(dir, 'tournee.db'), BENCH_PORT: String(await freePort()) });
    servers.push(server);
    const bareServer = await startServerProcess('./bare-server-main.ts', { BENCH_PORT: String(await freePort()) });
    servers.push(bareServer);
    const cookie = server.extra[0] ?? '';
    const phaseMs = { reflection: LIMITS.phaseMaxMs, sharing: LIMITS.phaseMaxMs, consolidation: LIMITS.phaseMaxMs };
    const sessionId = await createSession(server.url, cookie, cafeDraft({ title: `Load bench, ${N} phones`, language: 'fr', tables, rounds: 2, phaseMs }));
    const organiserMeter = new WireMeter();
    organiser = new SimOrganiser(server.url, cookie, sessionId, organiserMeter);
    const joinCode = (await organiser.ready()).session.code;
    const org = organiser;

    pool = WorkerPool.start(processes);
    const workers = pool;
    log(`${N} phones, ${tables} tables, ${processes} client process(es): connecting`);
    await workers.all((w) => {
      const firstIndex = w * options.phonesPerProcess;
      return {
        type: 'connect',
        url: server.url,
        joinCode,
        firstIndex,
        count: Math.min(options.phonesPerProcess, N - firstIndex),
        seed: options.seed,
        ackTimeoutMs: options.ackTimeoutMs,
      };
    });
    await workers.all({ type: 'bare-connect', url: bareServer.url });

    const unsettled: string[] = [];
    const settle = async (after: string) => {
      const start = wallClock();
      for (;;) {
        await sleep(100);
        const counters = await workers.all({ type: 'counters' });
        const last = Math.max(organiserMeter.lastAt, ...counters.map((c) => c.lastAt));
        if (wallClock() - last >= QUIET_MS) return;
        if (wallClock() - start > SETTLE_LIMIT_MS) {
          unsettled.push(after);
          log(`  the traffic after ${after} did not settle in ${SETTLE_LIMIT_MS / 60_000} minutes: going on`);
          return;
        }
      }
    };

    /** Runs one action with zeroed counters and returns what every phone received until the traffic settled. */
    const measure = async <T>(action: string, run: () => Promise<T>, outcome: (value: T) => { ok: boolean; code: string | null }) => {
      await workers.all({ type: 'reset' });
      organiserMeter.reset();
      const cpuBefore = server.cpuSeconds();
      const sentAt = wallClock();
      const value = await run();
      const ackMs = wallClock() - sentAt;
      await settle(action);
      const phones = (await workers.all({ type: 'counters' })).reduce((sum, c) => addWireCounts(sum, c.count), emptyWireCount());
      const organiser = structuredClone(organiserMeter.count);
      const traffic: ActionTraffic = { action, ...outcome(value), ackMs, phones, organiser, serverCpuS: server.cpuSeconds() - cpuBefore };
      log(`  ${action}: ack ${ackMs.toFixed(0)} ms, phones received ${traffic.phones.messages} messages / ${traffic.phones.bytes} bytes`);
      return { value, traffic, sentAt };
    };
    const ackOf = (ack: Result) => ({ ok: ack.ok, code: ack.ok ? null : ack.code });

    const failedAcks: Record<string, number>[] = [];
    let missingReceipts = 0;
    // Every phone's delay of every phase change (and of the bare broadcasts), pooled for the run's figures.
    const pooled: Record<'fanout' | 'tableView' | 'bare', number[]> = { fanout: [], tableView: [], bare: [] };

    // The lobby: everyone but phone 0 joins at once; the organiser fills the tables; phone 0 comes late.
    log('joining');
    const joins = await workers.all({ type: 'join', skip: [0] });
    const joinDurationMs = Math.max(...joins.map((j) => j.lastAckAt)) - Math.min(...joins.map((j) => j.firstSentAt));
    const joining = {
      ratePerS: ((N - 1) / joinDurationMs) * 1000,
      durationMs: joinDurationMs,
      ack: summarise(joins.flatMap((j) => j.latencies)),
      failures: mergeCounts(joins.map((j) => j.failures)),
    };
    failedAcks.push(joining.failures);
    await settle('the joins');
    const fill = await measure('seat:fill', () => org.fill(), ackOf);
    const lateJoin = await measure(
      'join',
      () => workers.call(0, { type: 'act', phone: 0, action: 'join' }),
      (a) => a,
    );
    const lateSeat = await measure(
      'seat:take',
      () => workers.call(0, { type: 'act', phone: 0, action: 'seat', table: 1 }),
      (a) => a,
    );

    const bareController = io(bareServer.url, { transports: ['websocket'], forceNew: true, auth: { role: 'controller' } });
    await new Promise((resolve) => bareController.once('connect', () => resolve(null)));

    const phaseChanges: PhaseChange[] = [];
    const phaseChange = async (action: 'start' | 'next', label: string) => {
      await workers.all({ type: 'arm' });
      const { traffic, sentAt } = await measure(`phase change (${label})`, () => org.control(action), ackOf);
      const receipts = await workers.all({ type: 'receipts' });
      const stateAt = receipts.flatMap((r) => r.stateAt);
      const tableAt = receipts.flatMap((r) => r.tableAt);
      const delays = (times: (number | null)[]) => times.flatMap((t) => (t === null ? [] : [t - sentAt]));
      const state = traffic.phones.byEvent[PHASE_CHANGE_EVENT];
      const stateBytes = state && state.messages > 0 ? state.bytes / state.messages : 0;
      const { delays: bareDelays, ...bare } = await bareBroadcast(stateBytes);
      pooled.fanout.push(...delays(stateAt));
      pooled.tableView.push(...delays(tableAt));
      pooled.bare.push(...bareDelays);
      const change: PhaseChange = {
        traffic,
        fanout: summarise(delays(stateAt)),
        tableView: summarise(delays(tableAt)),
        missingState: stateAt.filter((t) => t === null).length,
        missingTable: tableAt.filter((t) => t === null).length,
        bare,
      };
      missingReceipts += change.missingState + change.missingTable + bare.missing;
      failedAcks.push(traffic.ok ? {} : { [traffic.code ?? 'unknown']: 1 });
      log(
        `  fan-out p50 ${change.fanout?.p50.toFixed(1)} / p99 ${change.fanout?.p99.toFixed(1)} ms; bare p50 ${bare.fanout?.p50.toFixed(1)} / p99 ${bare.fanout?.p99.toFixed(1)} ms`,
      );
      phaseChanges.push(change);
    };

    /** The baseline: the bare server broadcasts a message of `wireBytes` to as many sockets, timed the same way. */
    const bareBroadcast = async (wireBytes: number) => {
      await workers.all({ type: 'arm' });
      // The packet on the wire: frame header + "42" + ["broadcast","xxx…"]; pad the string to reach the size.
      const overhead = 2 + JSON.stringify(['broadcast', '']).length;
      const pad = Math.max(0, Math.round(wireBytes) - overhead - frameHeaderBytes(wireBytes));
      const payloadBytes = overhead + pad + frameHeaderBytes(overhead + pad);
      const sentAt = wallClock();
      await bareController.timeout(60_000).emitWithAck('broadcast', 'x'.repeat(pad));
      let bareAt: (number | null)[] = [];
      for (const deadline = wallClock() + 60_000; wallClock() < deadline; await sleep(50)) {
        bareAt = (await workers.all({ type: 'receipts' })).flatMap((r) => r.bareAt);
        if (bareAt.every((t) => t !== null)) break;
      }
      const delays = bareAt.flatMap((t) => (t === null ? [] : [t - sentAt]));
      return { payloadBytes, fanout: summarise(delays), missing: bareAt.filter((t) => t === null).length, delays };
    };

    const writeWindow = async (kind: 'note' | 'plus-one', intervalMs: number, durationMs: number): Promise<WriteWindow> => {
      const cpuBefore = server.cpuSeconds();
      const windowStart = wallClock();
      const results: WriteResult[] = await workers.all({ type: 'write', kind, intervalMs, durationMs });
      const wallS = (wallClock() - windowStart) / 1000;
      await settle(`${kind} writes`);
      const latencies = results.flatMap((r) => r.latencies);
      const failures = mergeCounts(results.map((r) => r.failures));
      failedAcks.push(failures);
      const window: WriteWindow = {
        targetRatePerS: (N * 1000) / intervalMs,
        achievedRatePerS: (latencies.length * 1000) / durationMs,
        ack: summarise(latencies),
        sent: results.reduce((s, r) => s + r.sent, 0),
        skipped: results.reduce((s, r) => s + r.skipped, 0),
        failures,
        serverCpuS: server.cpuSeconds() - cpuBefore,
        wallS,
      };
      log(`  ${kind} ×${window.sent} at ${window.targetRatePerS.toFixed(0)}/s: ack p50 ${window.ack?.p50.toFixed(1)} / p99 ${window.ack?.p99.toFixed(1)} ms`);
      return window;
    };

    // Round 1: reflection (notes), sharing (+1s, the write sweep), consolidation, rotation.
    log('round 1');
    await phaseChange('start', 'lobby → reflection');
    const notes = await writeWindow('note', options.writeEveryMs, options.writeWindowMs);
    await phaseChange('next', 'reflection → sharing');
    const plusOne = await measure(
      'reaction:set',
      () => workers.call(0, { type: 'act', phone: 0, action: 'plus-one' }),
      (a) => a,
    );
    const plusOnes = await writeWindow('plus-one', options.writeEveryMs, options.writeWindowMs);
    const snapshot = await measure('organiser session:sync', () => org.sync(), ackOf);

    log('write sweep');
    const steps: WriteWindow[] = [];
    let passes100MsAt: number | null = null;
    const rates = SWEEP_RATES.filter((r) => r <= N * MAX_WRITES_PER_PHONE_PER_S);
    for (const rate of rates) {
      const step = await writeWindow('plus-one', (N * 1000) / rate, options.sweepStepMs);
      steps.push(step);
      if (step.ack && step.ack.p99 > 100) {
        passes100MsAt = rate;
        break;
      }
    }

    await phaseChange('next', 'sharing → consolidation');
    await phaseChange('next', 'consolidation → rotation');
    log('rotation');
    const planStart = wallClock();
    const plan = await org.planRotation(options.seed);
    const planMs = wallClock() - planStart;
    if (!plan.ok) throw new Error(`rotation:plan refused: ${plan.code}`);
    await settle('rotation:plan');
    const apply = await measure('rotation:apply', () => org.applyRotation(), ackOf);
    const flood = await measure(
      'check-in flood',
      () => workers.all({ type: 'check-in' }),
      (results) => {
        const failures = mergeCounts(results.map((r) => r.failures));
        const codes = Object.keys(failures);
        return { ok: codes.length === 0, code: codes[0] ?? null };
      },
    );
    const checkInFailures = mergeCounts(flood.value.map((r) => r.failures));
    failedAcks.push(checkInFailures);
    const checkInLatencies = flood.value.flatMap((r) => r.latencies);
    await phaseChange('next', 'rotation → reflection');
    bareController.close();
    await workers.all({ type: 'bare-close' });

    const status = await workers.all({ type: 'status' });
    for (const action of [fill, lateJoin, lateSeat, plusOne, apply, snapshot])
      failedAcks.push(action.traffic.ok ? {} : { [action.traffic.code ?? 'unknown']: 1 });
    const tournee = summarise(pooled.fanout);
    const bare = summarise(pooled.bare);
    const result: RunResult = {
      phones: N,
      tables,
      processes,
      durationS: 0,
      join: joining,
      actions: {
        join: lateJoin.traffic,
        'seat:take': lateSeat.traffic,
        'reaction:set': plusOne.traffic,
        'seat:fill': fill.traffic,
        'rotation:apply': apply.traffic,
      },
      phaseChanges,
      fanout: { tournee, bare, ratioP50: ratio(tournee?.p50, bare?.p50), ratioP99: ratio(tournee?.p99, bare?.p99) },
      tableView: summarise(pooled.tableView),
      writes: { note: notes, plusOne: plusOnes },
      sweep: { steps, passes100MsAt, highestTried: rates[steps.length - 1] ?? 0 },
      rotation: {
        planMs,
        movers: plan.movers,
        apply: apply.traffic,
        checkIn: {
          count: checkInLatencies.length,
          durationMs: flood.traffic.ackMs,
          ack: summarise(checkInLatencies),
          failures: checkInFailures,
          traffic: flood.traffic,
        },
      },
      organiserSnapshotBytes: snapshot.traffic.organiser.byEvent.ack?.bytes ?? 0,
      server: { peakRssMb: server.peakRssMb(), cpuS: server.cpuSeconds(), errorLines: server.stderrLines() },
      bareServer: { cpuS: bareServer.cpuSeconds() },
      clients: { cpuS: workers.cpuSeconds() },
      errors: {
        disconnects: mergeCounts(status.map((s) => s.disconnects)),
        connectErrors: mergeCounts(status.map((s) => s.connectErrors)),
        failedAcks: mergeCounts(failedAcks),
        missingReceipts,
        unsettled,
        organiserDisconnects: { ...org.disconnects },
        unjoined: status.reduce((sum, s) => sum + s.phones - s.joined, 0),
        unseated: status.reduce((sum, s) => sum + s.phones - s.seated, 0),
      },
    };
    result.durationS = (wallClock() - started) / 1000;
    return result;
  } finally {
    organiser?.close();
    await pool?.close();
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

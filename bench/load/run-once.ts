/**
 * One run of the load bench at one size: a fresh realtime server and a bare Socket.io server, each in
 * its own process, N phones in client processes, and a café driven by the organiser from the lobby to
 * round 2, then to the plenary's dot vote (plenary-vote.ts), measuring each step (probes.ts). See docs/bench.md for what each figure means.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { SimOrganiser, cafeDraft, createSession } from '@/bench/sim/organiser-protocol';
import { WireMeter, wallClock } from '@/bench/sim/wire-meter';
import { LIMITS } from '@/lib/realtime/contract';
import { VOTE_PROGRAMME, plenaryVote } from './plenary-vote';
import { wifiDrop } from './wifi-drop';
import { Probes, ackOf } from './probes';
import { allowedCpus, phoneCpus, pinProcess } from './cpu-pinning';
import { freePort, startServerProcess, type ServerProcess } from './processes';
import type { MemoryMark, RunResult, WriteWindow } from './run-result';
import { mergeCounts, summarise } from './stats';
import { WorkerPool } from './worker-pool';

export type { RunResult } from './run-result';

export type RunOptions = {
  phones: number;
  /** Sockets per client process (the bench forks as many processes as needed). */
  phonesPerProcess: number;
  /** How long every phone writes a note (then a +1) every `writeEveryMs`. */
  writeWindowMs: number;
  writeEveryMs: number;
  /** Each step of the write-rate sweep lasts this long. */
  sweepStepMs: number;
  /** How long the phones take to place their dots in the plenary vote (each dot at a random moment). */
  voteWindowMs: number;
  seed: number;
  /** A phone's command without an ack after this long counts as lost (`no-answer`). */
  ackTimeoutMs: number;
  /** The servers on these CPUs, the phones and the coordinator on the others (null: no pinning; cpu-pinning.ts). */
  serverCpus?: number[] | null;
  log?: (line: string) => void;
};

/** People per table the bench seats (the session allows at most LIMITS.tablesMax tables). */
const PER_TABLE = 8;
/** Aggregate write rates tried by the sweep (each phone writes at most 4 per second: the server's rate limit refills 5). */
const SWEEP_RATES = [5, 10, 25, 50, 100, 200, 400, 800, 1000, 1200, 1500, 2000, 3000];
const MAX_WRITES_PER_PHONE_PER_S = 4;

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
  let workers: WorkerPool | null = null;
  let organiser: SimOrganiser | null = null;
  let bareController: ReturnType<typeof io> | null = null;
  const serverCpus = options.serverCpus ?? null;
  // The coordinator first: the client processes it forks keep its CPUs; the servers are moved. Its own CPUs are put back at the end.
  const coordinatorCpus = serverCpus ? allowedCpus(process.pid) : null;
  if (serverCpus) pinProcess(process.pid, phoneCpus(serverCpus, cpus().length));
  try {
    const server = await startServerProcess(
      './server-main.ts',
      { BENCH_DB_PATH: join(dir, 'tournee.db'), BENCH_PORT: String(await freePort()) },
      { profileDir: process.env.BENCH_PROFILE_DIR, heapDir: process.env.BENCH_HEAP_DIR },
    );
    servers.push(server);
    const bareServer = await startServerProcess('./bare-server-main.ts', { BENCH_PORT: String(await freePort()) });
    servers.push(bareServer);
    if (serverCpus) for (const { pid } of servers) pinProcess(pid, serverCpus);
    const cookie = server.extra[0] ?? '';
    const phaseMs = { reflection: LIMITS.phaseMaxMs, sharing: LIMITS.phaseMaxMs, consolidation: LIMITS.phaseMaxMs };
    const sessionId = await createSession(
      server.url,
      cookie,
      cafeDraft({ title: `Load bench, ${N} phones`, language: 'fr', tables, rounds: 2, phaseMs, plenary: VOTE_PROGRAMME }),
    );
    const organiserMeter = new WireMeter();
    organiser = new SimOrganiser(server.url, cookie, sessionId, organiserMeter);
    const joinCode = (await organiser.ready()).session.code;

    workers = WorkerPool.start(processes);
    log(`${N} phones, ${tables} tables, ${processes} client process(es): connecting`);
    await workers.all((w) => {
      const firstIndex = w * options.phonesPerProcess;
      const count = Math.min(options.phonesPerProcess, N - firstIndex);
      return { type: 'connect', url: server.url, joinCode, firstIndex, count, seed: options.seed, ackTimeoutMs: options.ackTimeoutMs };
    });
    await workers.all({ type: 'bare-connect', url: bareServer.url });
    const controller = io(bareServer.url, { transports: ['websocket'], forceNew: true, auth: { role: 'controller' } });
    bareController = controller;
    await new Promise((resolve) => controller.once('connect', () => resolve(null)));
    const probes = new Probes({ phones: N, tables, workers, server, organiser, organiserMeter, bareController: controller, log });
    const org = organiser;
    const pool = workers;
    const memory: MemoryMark[] = [];
    const mark = async (after: MemoryMark['after']) => {
      const usage = await server.memoryUsage();
      const mb = (bytes: number | undefined) => (bytes ?? NaN) / 2 ** 20;
      memory.push({
        after,
        rssMb: server.rssMb(),
        peakRssMb: server.peakRssMb(),
        heapUsedMb: mb(usage?.heapUsed),
        heapTotalMb: mb(usage?.heapTotal),
        externalMb: mb(usage?.external),
        arrayBuffersMb: mb(usage?.arrayBuffers),
      });
    };
    await mark('start (every phone connected)');

    // The lobby: everyone but phone 0 joins at once; the organiser fills the tables; phone 0 comes late.
    log('joining');
    const joins = await pool.all({ type: 'join', skip: [0] });
    const joinDurationMs = Math.max(...joins.map((j) => j.lastAckAt)) - Math.min(...joins.map((j) => j.firstSentAt));
    const joinLatencies = joins.flatMap((j) => j.latencies);
    const joining = {
      ratePerS: (joinLatencies.length / joinDurationMs) * 1000,
      durationMs: joinDurationMs,
      ack: summarise(joinLatencies),
      failures: mergeCounts(joins.map((j) => j.failures)),
    };
    probes.failedAcks.push(joining.failures);
    await probes.settle('the joins');
    await mark('the joins');
    const fill = await probes.measure('seat:fill', () => org.fill(), ackOf);
    const lateJoin = await probes.measure(
      'join',
      () => pool.call(0, { type: 'act', phone: 0, action: 'join' }),
      (a) => a,
    );
    const lateSeat = await probes.measure(
      'seat:take',
      () => pool.call(0, { type: 'act', phone: 0, action: 'seat', table: 1 }),
      (a) => a,
    );

    // Round 1: reflection (notes), sharing (+1s, the write sweep), consolidation, rotation.
    log('round 1');
    await probes.phaseChange('start', 'lobby → reflection');
    await mark('seating and the start');
    const notes = await probes.writeWindow('note', options.writeEveryMs, options.writeWindowMs);
    await probes.phaseChange('next', 'reflection → sharing');
    const plusOne = await probes.measure(
      'reaction:set',
      () => pool.call(0, { type: 'act', phone: 0, action: 'plus-one' }),
      (a) => a,
    );
    const plusOnes = await probes.writeWindow('plus-one', options.writeEveryMs, options.writeWindowMs);
    const snapshot = await probes.measure('organiser session:sync', () => org.sync(), ackOf);
    await mark('the notes and +1s');

    log('write sweep');
    const steps: WriteWindow[] = [];
    let passes100MsAt: number | null = null;
    const rates = SWEEP_RATES.filter((r) => r <= N * MAX_WRITES_PER_PHONE_PER_S);
    for (const rate of rates) {
      const step = await probes.writeWindow('plus-one', (N * 1000) / rate, options.sweepStepMs);
      steps.push(step);
      if (step.ack && step.ack.p99 > 100) {
        passes100MsAt = rate;
        break;
      }
    }

    await mark('the sweep');
    await probes.phaseChange('next', 'sharing → consolidation');
    await probes.phaseChange('next', 'consolidation → rotation');
    log('rotation');
    const planStart = wallClock();
    const plan = await org.planRotation(options.seed);
    const planMs = wallClock() - planStart;
    if (!plan.ok) throw new Error(`rotation:plan refused: ${plan.code}`);
    await probes.settle('rotation:plan');
    const apply = await probes.measure('rotation:apply', () => org.applyRotation(), ackOf);
    // Each check-in's refusal or lost ack is counted below, one by one.
    const flood = await probes.measure(
      'check-in flood',
      () => pool.all({ type: 'check-in' }),
      () => ({ ok: true, code: null }),
    );
    const checkInFailures = mergeCounts(flood.value.map((r) => r.failures));
    probes.failedAcks.push(checkInFailures);
    const checkInLatencies = flood.value.flatMap((r) => r.latencies);
    await probes.phaseChange('next', 'rotation → reflection');
    await mark('the rotation');
    await pool.all({ type: 'bare-close' });
    const vote = await plenaryVote({
      url: server.url,
      phones: N,
      probes,
      workers: pool,
      organiser: org,
      organiserMeter,
      server,
      windowMs: options.voteWindowMs,
      log,
    });

    await mark('the vote');
    log("the venue's Wi-Fi drops");
    const drop = await wifiDrop({ probes, workers: pool, organiser: org, server, log });
    await mark('the Wi-Fi drop');
    // With BENCH_HEAP_DIR: what the server still holds once everything unreachable is collected.
    if (process.env.BENCH_HEAP_DIR) log(`heap snapshot: ${(await server.heapSnapshot()) ?? 'not written'}`);
    const status = await pool.all({ type: 'status' });
    const tournee = summarise(probes.pooled.fanout);
    const bare = summarise(probes.pooled.bare);
    return {
      phones: N,
      tables,
      processes,
      serverCpus,
      durationS: (wallClock() - started) / 1000,
      join: joining,
      actions: {
        join: lateJoin.traffic,
        'seat:take': lateSeat.traffic,
        'reaction:set': plusOne.traffic,
        'seat:fill': fill.traffic,
        'rotation:apply': apply.traffic,
      },
      phaseChanges: probes.phaseChanges,
      fanout: { tournee, bare, ratioP50: ratio(tournee?.p50, bare?.p50), ratioP99: ratio(tournee?.p99, bare?.p99) },
      tableView: { tournee: summarise(probes.pooled.tableView), bare: summarise(probes.pooled.bareTableView) },
      writes: { note: notes, plusOne: plusOnes },
      sweep: { steps, passes100MsAt, highestTried: rates[steps.length - 1] ?? 0 },
      rotation: {
        planMs,
        movers: plan.movers,
        apply: apply.traffic,
        checkIn: {
          count: checkInLatencies.length,
          untold: flood.value.reduce((sum, r) => sum + r.untold, 0),
          durationMs: flood.traffic.ackMs,
          ack: summarise(checkInLatencies),
          failures: checkInFailures,
          traffic: flood.traffic,
        },
      },
      organiserSnapshotBytes: snapshot.traffic.organiser.byEvent.ack?.bytes ?? 0,
      vote,
      wifiDrop: drop,
      server: { peakRssMb: server.peakRssMb(), cpuS: server.cpuSeconds(), errorLines: server.stderrLines(), memory },
      bareServer: { cpuS: bareServer.cpuSeconds() },
      clients: { cpuS: pool.cpuSeconds() },
      errors: {
        disconnects: mergeCounts(status.map((s) => s.disconnects)),
        connectErrors: mergeCounts(status.map((s) => s.connectErrors)),
        failedAcks: mergeCounts(probes.failedAcks),
        missingReceipts: probes.missingReceipts,
        staleViews: probes.staleViews,
        unsettled: probes.unsettled,
        organiserDisconnects: { ...org.disconnects },
        unjoined: status.reduce((sum, s) => sum + s.phones - s.joined, 0),
        unseated: status.reduce((sum, s) => sum + s.phones - s.seated, 0),
        notBackAfterDrop: drop.notBack,
      },
    };
  } finally {
    bareController?.close();
    organiser?.close();
    await workers?.close();
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
    if (coordinatorCpus) pinProcess(process.pid, coordinatorCpus);
  }
}

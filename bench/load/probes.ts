/**
 * The coordinator's instruments for one run: wait until the traffic settles, count what an action
 * sent, time a phase change on every phone next to the bare broadcast, run a window of writes.
 * Delays are wall-clock differences across processes of one machine (see wire-meter.ts).
 */
import type { Socket } from 'socket.io-client';
import { z } from 'zod';
import type { SimOrganiser } from '@/bench/sim/organiser-protocol';
import { PHASE_CHANGE_EVENT, type Result } from '@/bench/sim/phone-protocol';
import { addWireCounts, emptyWireCount, frameHeaderBytes, wallClock, type WireMeter } from '@/bench/sim/wire-meter';
import type { WorkerResult } from './ipc';
import type { ServerProcess } from './processes';
import type { ActionTraffic, PhaseChange, WriteWindow } from './run-result';
import { mergeCounts, summarise } from './stats';
import type { WorkerPool } from './worker-pool';

/** The bare server's answer to `sends-cpu` (its thread's figure is null where /proc cannot be read). */
const sendsCpuSchema = z.object({ processMs: z.number(), threadMs: z.number().nullable() });

/** Phones per client process that check their kept view after a stage change that sent them none. */
const VIEW_CHECKS_PER_PROCESS = 25;

/** How long the traffic must be silent before an action counts as fully delivered. */
const QUIET_MS = 600;
/** Past this, the bench stops waiting for the traffic to settle, notes it and goes on. */
export const SETTLE_LIMIT_MS = 600_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ProbeDeps = {
  phones: number;
  /** The session's tables (the bare server sends as many messages of their own as a stage change sends views). */
  tables: number;
  workers: WorkerPool;
  server: ServerProcess;
  organiser: SimOrganiser;
  organiserMeter: WireMeter;
  /** A socket to the bare server that may ask it to broadcast. */
  bareController: Socket;
  log: (line: string) => void;
};

/** A command's ack as the table shows it. */
export const ackOf = (ack: Result) => ({ ok: ack.ok, code: ack.ok ? null : ack.code });

export class Probes {
  /** Refusals and lost acks by code, gathered from every step. */
  readonly failedAcks: Record<string, number>[] = [];
  /** Steps after which the traffic had not settled within SETTLE_LIMIT_MS. */
  readonly unsettled: string[] = [];
  missingReceipts = 0;
  /** Kept views a fresh snapshot disagreed with, after stage changes that sent them no new one. */
  staleViews = 0;
  readonly phaseChanges: PhaseChange[] = [];
  /** Every phone's delay of every phase change (and of the bare broadcasts), pooled for the run's figures. */
  readonly pooled: Record<'fanout' | 'tableView' | 'bare' | 'bareTableView', number[]> = { fanout: [], tableView: [], bare: [], bareTableView: [] };

  constructor(private readonly deps: ProbeDeps) {}

  /** Waits until no phone and not the organiser has received anything for QUIET_MS. */
  async settle(after: string): Promise<void> {
    const { workers, organiserMeter, log } = this.deps;
    const start = wallClock();
    for (;;) {
      await sleep(100);
      const counters = await workers.all({ type: 'counters' });
      const last = Math.max(organiserMeter.lastAt, ...counters.map((c) => c.lastAt));
      if (wallClock() - last >= QUIET_MS) return;
      if (wallClock() - start > SETTLE_LIMIT_MS) {
        this.unsettled.push(after);
        log(`  the traffic after ${after} did not settle in ${SETTLE_LIMIT_MS / 60_000} minutes: going on`);
        return;
      }
    }
  }

  /** Runs one action with zeroed counters and returns what every phone received until the traffic settled. */
  async measure<T>(action: string, run: () => Promise<T>, outcome: (value: T) => { ok: boolean; code: string | null }) {
    const { workers, server, organiserMeter, log } = this.deps;
    await workers.all({ type: 'reset' });
    organiserMeter.reset();
    const cpuBefore = server.cpuSeconds();
    const sentAt = wallClock();
    const value = await run();
    const ackMs = wallClock() - sentAt;
    await this.settle(action);
    const phones = (await workers.all({ type: 'counters' })).reduce((sum, c) => addWireCounts(sum, c.count), emptyWireCount());
    const organiser = structuredClone(organiserMeter.count);
    const traffic: ActionTraffic = { action, ...outcome(value), ackMs, phones, organiser, serverCpuS: server.cpuSeconds() - cpuBefore };
    if (!traffic.ok) this.failedAcks.push({ [traffic.code ?? 'unknown']: 1 });
    log(`  ${action}: ack ${ackMs.toFixed(0)} ms, phones received ${traffic.phones.messages} messages / ${traffic.phones.bytes} bytes`);
    return { value, traffic, sentAt };
  }

  /** The organiser moves the session on; every phone's receipt is timed, then the bare broadcast of the same size. */
  async phaseChange(action: 'start' | 'next', label: string): Promise<void> {
    const { workers, server, organiser, log } = this.deps;
    await workers.all({ type: 'arm' });
    await server.lastSent(); // from now on
    const { traffic, sentAt } = await this.measure(`phase change (${label})`, () => organiser.control(action), ackOf);
    const wrote = await server.lastSent();
    const receipts = await workers.all({ type: 'receipts' });
    const phonesCpuMs = receipts.reduce((sum, r) => sum + r.cpuMs, 0);
    const stateAt = receipts.flatMap((r) => r.stateAt);
    const tableAt = receipts.flatMap((r) => r.tableAt);
    const delays = (times: (number | null)[]) => times.flatMap((t) => (t === null ? [] : [t - sentAt]));
    // A table that shows the same as before gets no view: its phones' view is current with the state.
    const viewAt = tableAt.map((t, i) => t ?? stateAt[i] ?? null);
    const unchangedViews = tableAt.filter((t, i) => t === null && stateAt[i] !== null).length;
    const checks = unchangedViews > 0 ? await workers.all({ type: 'check-views', sample: VIEW_CHECKS_PER_PROCESS }) : [];
    const viewChecks = { checked: checks.reduce((s, c) => s + c.checked, 0), stale: checks.reduce((s, c) => s + c.stale, 0) };
    const state = traffic.phones.byEvent[PHASE_CHANGE_EVENT];
    const stateBytes = state && state.messages > 0 ? state.bytes / state.messages : 0;
    const { delays: bareDelays, ...bare } = await this.bareBroadcast(stateBytes);
    const views = traffic.phones.byEvent['table:view'];
    const bareViewsRun = views && views.messages > 0 ? await this.bareStateAndViews(stateBytes, views.bytes / views.messages) : null;
    this.pooled.fanout.push(...delays(stateAt));
    this.pooled.tableView.push(...delays(viewAt));
    this.pooled.bare.push(...bareDelays);
    // Where no table got a view, a phone's view is current with the state: the bare broadcast is its floor.
    this.pooled.bareTableView.push(...(bareViewsRun?.delays ?? bareDelays));
    const bareViews = bareViewsRun && { fanout: bareViewsRun.fanout, missing: bareViewsRun.missing };
    const change: PhaseChange = {
      traffic,
      fanout: summarise(delays(stateAt)),
      tableView: summarise(delays(viewAt)),
      missingState: stateAt.filter((t) => t === null).length,
      unchangedViews,
      viewChecks,
      bare,
      bareViews,
      serverWrote: {
        stateMs: wrote?.stateAt != null ? wrote.stateAt - sentAt : null,
        lastViewMs: wrote?.viewAt != null ? wrote.viewAt - sentAt : null,
      },
      cpuMs: bareViewsRun && {
        server: wrote?.cpuMs ?? null,
        serverThread: wrote?.threadMs ?? null,
        phones: phonesCpuMs,
        bareServer: bareViewsRun.serverCpuMs,
        bareServerThread: bareViewsRun.serverThreadMs,
        barePhones: bareViewsRun.phonesCpuMs,
      },
    };
    this.missingReceipts += change.missingState + bare.missing + (bareViews?.missing ?? 0);
    this.staleViews += viewChecks.stale;
    log(
      `  fan-out p50 ${change.fanout?.p50.toFixed(1)} / p99 ${change.fanout?.p99.toFixed(1)} ms; bare p50 ${bare.fanout?.p50.toFixed(1)} / p99 ${bare.fanout?.p99.toFixed(1)} ms;` +
        ` table view p50 ${change.tableView?.p50.toFixed(1)} / p99 ${change.tableView?.p99.toFixed(1)} ms (${unchangedViews} unchanged, ${viewChecks.stale} of ${viewChecks.checked} checked stale)`,
    );
    if (bareViews)
      log(
        `  bare: state then a message to each of ${this.deps.tables} tables, the table's message p50 ${bareViews.fanout?.p50.toFixed(1)} / p99 ${bareViews.fanout?.p99.toFixed(1)} ms`,
      );
    log(
      `  the server had written the state to every socket after ${change.serverWrote.stateMs?.toFixed(1) ?? '—'} ms, its last table view after ${change.serverWrote.lastViewMs?.toFixed(1) ?? '— (none)'} ms`,
    );
    const cpu = change.cpuMs;
    if (cpu)
      log(
        `  CPU until the last view was read: server ${cpu.server?.toFixed(1) ?? '—'} ms (its event loop ${cpu.serverThread?.toFixed(1) ?? '—'} ms), phones' processes ${cpu.phones.toFixed(1)} ms;` +
          ` bare server ${cpu.bareServer?.toFixed(1) ?? '—'} ms (its event loop ${cpu.bareServerThread?.toFixed(1) ?? '—'} ms), its phones ${cpu.barePhones.toFixed(1)} ms`,
      );
    this.phaseChanges.push(change);
  }

  /** A string that makes a message of `event` with it as its one argument `wireBytes` long on the wire. */
  private static pad(event: string, wireBytes: number): string {
    // The packet on the wire: frame header + "42" + ["event","xxx…"].
    const overhead = 2 + JSON.stringify([event, '']).length;
    return 'x'.repeat(Math.max(0, Math.round(wireBytes) - overhead - frameHeaderBytes(wireBytes)));
  }

  /**
   * Arms every bare socket, has the bare server do `send`, and times each phone until `receivedAt`
   * (read from its process's receipts) says it got what it waits for; a minute at most.
   */
  private async timeBare(send: () => Promise<unknown>, receivedAt: (receipts: WorkerResult<'receipts'>) => (number | null)[]) {
    const { workers } = this.deps;
    await workers.all({ type: 'arm' });
    const sentAt = wallClock();
    await send();
    let at: (number | null)[] = [];
    let phonesCpuMs = 0;
    for (const deadline = wallClock() + 60_000; wallClock() < deadline; await sleep(50)) {
      const receipts = await workers.all({ type: 'receipts' });
      at = receipts.flatMap(receivedAt);
      phonesCpuMs = receipts.reduce((sum, r) => sum + r.cpuMs, 0);
      if (at.every((t) => t !== null)) break;
    }
    const delays = at.flatMap((t) => (t === null ? [] : [t - sentAt]));
    return { fanout: summarise(delays), missing: at.filter((t) => t === null).length, delays, phonesCpuMs };
  }

  /**
   * The floor of a stage change that changes the tables' views: the bare server sends a state of
   * `stateBytes` to every socket, then each table's worth of sockets a message of `viewBytes` of its
   * own, all at once (no database, no slices); each phone timed until its table's message.
   */
  private async bareStateAndViews(stateBytes: number, viewBytes: number) {
    const { bareController, tables } = this.deps;
    const message = { state: Probes.pad('broadcast', stateBytes), view: Probes.pad('view', viewBytes), groups: tables };
    const timed = await this.timeBare(
      () => bareController.timeout(60_000).emitWithAck('state-and-views', message),
      (r) => r.bareViewAt,
    );
    const cpu = sendsCpuSchema.safeParse(await bareController.timeout(10_000).emitWithAck('sends-cpu'));
    return { ...timed, serverCpuMs: cpu.success ? cpu.data.processMs : null, serverThreadMs: cpu.success ? cpu.data.threadMs : null };
  }

  /** The baseline: the bare server broadcasts a message of `wireBytes` to as many sockets, timed the same way. */
  private async bareBroadcast(wireBytes: number) {
    const pad = Probes.pad('broadcast', wireBytes);
    const packetBytes = 2 + JSON.stringify(['broadcast', pad]).length;
    const { fanout, missing, delays } = await this.timeBare(
      () => this.deps.bareController.timeout(60_000).emitWithAck('broadcast', pad),
      (r) => r.bareAt,
    );
    return { payloadBytes: packetBytes + frameHeaderBytes(packetBytes), fanout, missing, delays };
  }

  /** Every phone writes every `intervalMs` for `durationMs` (open loop); acks timed until the last one. */
  async writeWindow(kind: 'note' | 'plus-one', intervalMs: number, durationMs: number): Promise<WriteWindow> {
    const { workers, server, phones, log } = this.deps;
    const cpuBefore = server.cpuSeconds();
    await server.loopDelay(); // starts the server's count afresh
    const windowStart = wallClock();
    const results = await workers.all({ type: 'write', kind, intervalMs, durationMs });
    const wallS = (wallClock() - windowStart) / 1000;
    const serverLoop = await server.loopDelay();
    await this.settle(`${kind} writes`);
    const latencies = results.flatMap((r) => r.latencies);
    const failures = mergeCounts(results.map((r) => r.failures));
    this.failedAcks.push(failures);
    const window: WriteWindow = {
      targetRatePerS: (phones * 1000) / intervalMs,
      achievedRatePerS: (latencies.length * 1000) / durationMs,
      ack: summarise(latencies),
      sent: results.reduce((s, r) => s + r.sent, 0),
      skipped: results.reduce((s, r) => s + r.skipped, 0),
      failures,
      serverCpuS: server.cpuSeconds() - cpuBefore,
      wallS,
      loopDelayP99Ms: { server: serverLoop?.p99Ms ?? NaN, clients: Math.max(...results.map((r) => r.loopDelayP99Ms)) },
    };
    log(
      `  ${kind} ×${window.sent} at ${window.targetRatePerS.toFixed(0)}/s: ack p50 ${window.ack?.p50.toFixed(1)} / p99 ${window.ack?.p99.toFixed(1)} ms` +
        ` (event-loop delay p99: server ${window.loopDelayP99Ms.server.toFixed(0)}, clients ${window.loopDelayP99Ms.clients.toFixed(0)} ms)`,
    );
    return window;
  }
}

/**
 * One client process of the load bench: a few hundred simulated phones (and, for the baseline, as
 * many plain sockets to the bare broadcast server), driven by the coordinator over IPC.
 * Receipt times are wall-clock (performance.timeOrigin + performance.now()), comparable across the
 * processes of one machine.
 */
import { isDeepStrictEqual } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import type { TableView } from '@/lib/realtime/contract';
import { seededRandom, type Random } from '@/lib/domain/seeded-random';
import { NOTES, nameFor, pick } from '@/bench/sim/banks';
import { SimPhone, type Result } from '@/bench/sim/phone-protocol';
import { WireMeter, wallClock } from '@/bench/sim/wire-meter';
import { placeDots, progressReceived } from './phone-vote';
import { ownCpuMsSince, watchLoopDelay } from './proc-stats';
import { requestSchema, type WorkerCommand, type WorkerResult, type WriteResult } from './ipc';

/** First receipt times since the last `arm`. */
type Marks = { stateAt: number | null; tableAt: number | null; snapshotAt: number | null };
type Slot = { index: number; phone: SimPhone; random: Random; marks: Marks; progressAt: number[] };
/** `at`: the first bare broadcast since the last `arm`; `viewAt`: the first message to this socket's group alone. */
type BareSocket = { socket: Socket; at: number | null; viewAt: number | null };

const meter = new WireMeter();
const slots: Slot[] = [];
let bare: BareSocket[] = [];
const disconnects: Record<string, number> = {};
const connectErrors: Record<string, number> = {};
/** Disconnects while the bench drops every connection on purpose (counted apart from the errors). */
const dropped: Record<string, number> = {};
let dropping = false;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const bump = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);

function requireSlot(index: number): Slot {
  const slot = slots.find((s) => s.index === index);
  if (!slot) throw new Error(`phone ${index} is not in this process`);
  return slot;
}

/** A +1 (or its withdrawal) on something at the phone's table; null when the table has nothing yet. */
function plusOneOnce(slot: Slot): Promise<Result> | null {
  const targets = slot.phone.situation().targets;
  if (targets.length === 0) return null;
  const target = pick(slot.random, targets);
  return slot.phone.plusOne(target.id, !target.plusOned);
}

/**
 * The process's CPU at `arm`: `receipts` says what it used since — reading a measured broadcast, and
 * answering the coordinator meanwhile. (Not read at each message: each read is a system call of a
 * few microseconds, a fair share of what reading a small message costs.)
 */
let armedCpu = process.cpuUsage();

/** Phones a process opens together (opening is not measured: batches spare the server a herd of handshakes). */
const CONNECT_BATCH = 50;

async function connect(command: Extract<WorkerCommand, { type: 'connect' }>): Promise<WorkerResult<'connect'>> {
  for (let first = 0; first < command.count; first += CONNECT_BATCH) {
    const batch: SimPhone[] = [];
    for (let i = first; i < Math.min(command.count, first + CONNECT_BATCH); i++) {
      const index = command.firstIndex + i;
      const marks: Marks = { stateAt: null, tableAt: null, snapshotAt: null };
      const progressAt: number[] = [];
      const phone = new SimPhone({
        url: command.url,
        joinCode: command.joinCode,
        meter,
        ackTimeoutMs: command.ackTimeoutMs,
        hooks: {
          snapshot: (at) => (marks.snapshotAt = at),
          state: (at) => (marks.stateAt ??= at),
          table: (at) => (marks.tableAt ??= at),
          progress: (at) => progressAt.push(at),
          // The Wi-Fi drop the bench causes is not an error; any other disconnect is.
          disconnect: (reason) => (dropping ? bump(dropped, reason) : bump(disconnects, reason)),
          connectError: (code) => bump(connectErrors, code),
        },
      });
      slots.push({ index, phone, random: seededRandom(command.seed * 100_003 + index), marks, progressAt });
      batch.push(phone);
    }
    await Promise.all(batch.map((phone) => phone.ready(300_000)));
  }
  return { connected: slots.filter((s) => s.phone.socket.connected).length };
}

/** How many times a phone sends its join when the ack is lost (the same command: the same participant). */
const JOIN_ATTEMPTS = 3;

async function join(skip: number[]): Promise<WorkerResult<'join'>> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  const firstSentAt = wallClock();
  let lastAckAt = firstSentAt;
  await Promise.all(
    slots
      .filter((s) => !skip.includes(s.index))
      .map(async (slot) => {
        const sentAt = wallClock();
        for (let attempt = 1; attempt <= JOIN_ATTEMPTS; attempt++) {
          const ack = await slot.phone.join(nameFor(slot.index));
          lastAckAt = Math.max(lastAckAt, wallClock());
          if (ack.ok) return void latencies.push(wallClock() - sentAt);
          bump(failures, ack.code);
          // The ack was lost but the join went through (the server already treats this socket as the participant).
          if (slot.phone.joined) return void latencies.push(wallClock() - sentAt);
          if (ack.code !== 'no-answer') return;
        }
      }),
  );
  return { latencies, failures, firstSentAt, lastAckAt };
}

async function act(command: Extract<WorkerCommand, { type: 'act' }>): Promise<WorkerResult<'act'>> {
  const slot = requireSlot(command.phone);
  const sentAt = wallClock();
  const ack =
    command.action === 'join'
      ? await slot.phone.join(nameFor(slot.index))
      : command.action === 'seat'
        ? await slot.phone.takeSeat(command.table ?? 1)
        : await (plusOneOnce(slot) ?? Promise.resolve<Result>({ ok: false, code: 'not-found', message: 'nothing to +1 at this table' }));
  return { ok: ack.ok, code: ack.ok ? null : ack.code, latencyMs: wallClock() - sentAt };
}

/** Open loop: each phone writes on its own schedule whether or not its last write was acknowledged. */
async function write(command: Extract<WorkerCommand, { type: 'write' }>): Promise<WriteResult> {
  const result: WriteResult = { sent: 0, latencies: [], failures: {}, skipped: 0, loopDelayP99Ms: 0 };
  const loop = watchLoopDelay();
  const end = wallClock() + command.durationMs;
  const pending: Promise<void>[] = [];
  const send = (slot: Slot) => {
    const sentAt = wallClock();
    const request = command.kind === 'note' ? slot.phone.addNote(pick(slot.random, NOTES[slot.phone.situation().language])) : plusOneOnce(slot);
    if (!request) {
      result.skipped += 1;
      return;
    }
    result.sent += 1;
    pending.push(
      request.then((ack) => {
        if (ack.ok) result.latencies.push(wallClock() - sentAt);
        else bump(result.failures, ack.code);
      }),
    );
  };
  await Promise.all(
    slots
      .filter((s) => s.phone.joined)
      .map(
        (slot) =>
          new Promise<void>((resolve) => {
            // At a low rate a phone's next write may fall after the window: then it is done now.
            const after = (delayMs: number) => {
              if (wallClock() + delayMs < end) setTimeout(fire, delayMs);
              else resolve();
            };
            const fire = () => {
              send(slot);
              after(command.intervalMs);
            };
            after(slot.random() * command.intervalMs);
          }),
      ),
  );
  await Promise.all(pending);
  result.loopDelayP99Ms = loop.stop().p99Ms;
  return result;
}

/** How long a phone waits to learn where a rotation sends it (a dropped connection learns it from its next snapshot). */
const ARRIVAL_WAIT_MS = 120_000;

/** Every joined phone checks in as soon as it knows its destination (every participant moves: the bench has no hosts). */
async function checkIn(): Promise<WorkerResult<'check-in'>> {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let lastAckAt = wallClock();
  let untold = 0;
  await Promise.all(
    slots
      .filter((s) => s.phone.joined)
      .map(async (slot) => {
        for (const deadline = wallClock() + ARRIVAL_WAIT_MS; slot.phone.situation().destination === null; await sleep(50)) {
          if (wallClock() > deadline) return void (untold += 1);
        }
        const sentAt = wallClock();
        const ack = await slot.phone.checkIn();
        lastAckAt = Math.max(lastAckAt, wallClock());
        if (ack.ok) latencies.push(wallClock() - sentAt);
        else bump(failures, ack.code);
      }),
  );
  return { latencies, failures, lastAckAt, untold };
}

/**
 * The server sends a table's view only when what it shows changed: a phone that got none since
 * `arm` keeps its view, which must be what a fresh snapshot shows (but for the table's sequence number).
 */
async function checkViews(sample: number): Promise<WorkerResult<'check-views'>> {
  const unchanged = slots.filter((s) => s.marks.stateAt !== null && s.marks.tableAt === null && s.phone.view?.table);
  const step = Math.max(1, Math.ceil(unchanged.length / Math.max(1, sample)));
  const chosen = unchanged.filter((_, i) => i % step === 0).slice(0, sample);
  const shown = (view: TableView | null | undefined) => (view ? { ...view, tableSeq: 0 } : null);
  const stale = await Promise.all(
    chosen.map(async ({ phone }) => {
      const kept = shown(phone.view?.table);
      const fresh = await phone.freshSnapshot();
      return fresh === null || !isDeepStrictEqual(kept, shown(fresh.table));
    }),
  );
  return { checked: chosen.length, stale: stale.filter(Boolean).length };
}

/** Every phone's connection closes at once; each is timed until its new snapshot arrives. */
async function drop(waitMs: number): Promise<WorkerResult<'drop'>> {
  dropping = true;
  const droppedAt = wallClock();
  for (const slot of slots) {
    slot.marks.snapshotAt = null;
    slot.phone.dropConnection();
  }
  const deadline = droppedAt + waitMs;
  while (slots.some((s) => s.marks.snapshotAt === null) && wallClock() < deadline) await sleep(50);
  dropping = false;
  const back = slots.flatMap((s) => (s.marks.snapshotAt === null ? [] : [s.marks.snapshotAt]));
  return { latencies: back.map((at) => at - droppedAt), notBack: slots.length - back.length, lastAt: Math.max(droppedAt, ...back) };
}

async function bareConnect(url: string): Promise<WorkerResult<'bare-connect'>> {
  bare = slots.map(() => {
    const entry: BareSocket = { socket: io(url, { transports: ['websocket'], forceNew: true, auth: { role: 'phone' } }), at: null, viewAt: null };
    entry.socket.on('broadcast', () => (entry.at ??= wallClock()));
    entry.socket.on('view', () => (entry.viewAt ??= wallClock()));
    return entry;
  });
  await Promise.all(bare.map(({ socket }) => new Promise<void>((resolve) => (socket.connected ? resolve() : socket.once('connect', () => resolve())))));
  return { connected: bare.filter((b) => b.socket.connected).length };
}

async function run(command: WorkerCommand): Promise<unknown> {
  switch (command.type) {
    case 'connect':
      return connect(command);
    case 'join':
      return join(command.skip);
    case 'act':
      return act(command);
    case 'reset':
      meter.reset();
      return {};
    case 'counters':
      return { count: meter.count, lastAt: meter.lastAt } satisfies WorkerResult<'counters'>;
    case 'arm':
      for (const { marks } of slots) marks.stateAt = marks.tableAt = null;
      for (const entry of bare) entry.at = entry.viewAt = null;
      armedCpu = process.cpuUsage();
      return {};
    case 'receipts':
      return {
        stateAt: slots.map((s) => s.marks.stateAt),
        tableAt: slots.map((s) => s.marks.tableAt),
        bareAt: bare.map((b) => b.at),
        bareViewAt: bare.map((b) => b.viewAt),
        cpuMs: ownCpuMsSince(armedCpu),
      } satisfies WorkerResult<'receipts'>;
    case 'check-views':
      return checkViews(command.sample);
    case 'write':
      return write(command);
    case 'check-in':
      return checkIn();
    case 'drop':
      return drop(command.waitMs);
    case 'vote':
      return placeDots(slots, command.durationMs);
    case 'progress':
      return progressReceived(slots, command.since);
    case 'bare-connect':
      return bareConnect(command.url);
    case 'bare-close':
      for (const entry of bare) entry.socket.close();
      bare = [];
      return {};
    case 'status':
      return {
        phones: slots.length,
        connected: slots.filter((s) => s.phone.socket.connected).length,
        joined: slots.filter((s) => s.phone.joined).length,
        seated: slots.filter((s) => s.phone.situation().seated).length,
        disconnects,
        connectErrors,
      } satisfies WorkerResult<'status'>;
  }
}

process.on('message', (raw: unknown) => {
  const request = requestSchema.safeParse(raw);
  if (!request.success) {
    process.send?.({ id: 0, ok: false, error: `bad request: ${request.error.message}` });
    return;
  }
  const { id, command } = request.data;
  run(command).then(
    (result) => process.send?.({ id, ok: true, result }),
    (error: unknown) => process.send?.({ id, ok: false, error: error instanceof Error ? error.message : String(error) }),
  );
});

// The coordinator went away (finished or crashed): close every socket and leave.
process.on('disconnect', () => {
  for (const slot of slots) slot.phone.close();
  for (const entry of bare) entry.socket.close();
  process.exit(0);
});

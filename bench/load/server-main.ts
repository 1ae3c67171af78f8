/**
 * The realtime server under test, in a process of its own (so that its memory and CPU can be read
 * from /proc): the real createRealtimeServer on a fresh SQLite file, without the Next pages.
 * Env: BENCH_DB_PATH, BENCH_PORT, BENCH_HEAP_DIR (optional). Prints `READY <url> <organiser cookie>`
 * when it listens. Besides Socket.io it answers the bench's own requests: `GET /bench/memory`
 * (V8's heap and what lies outside it, `process.memoryUsage()`), `GET /bench/loop` (its event loop's
 * delay since the last time it was asked: p99 and max), `GET /bench/sent` (when it last finished writing a
 * `session:state` and a `table:view` to their sockets, since the last time it was asked), and, with BENCH_HEAP_DIR,
 * `POST /bench/heap-snapshot` (a full collection, then a heap snapshot written to that folder).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { writeHeapSnapshot } from 'node:v8';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureOrganiserCredential, startOrganiserSession } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';
import { limitHeapGrowth } from '@/lib/server/heap-growth';
import { wallClock } from '@/bench/sim/wire-meter';
import type { Server } from 'socket.io';
import { cpuMark, cpuSince, watchLoopDelay } from './proc-stats';

const dbPath = process.env.BENCH_DB_PATH;
const port = Number(process.env.BENCH_PORT);
if (!dbPath || !Number.isInteger(port)) throw new Error('BENCH_DB_PATH and BENCH_PORT are required');

// As the app's server does (server.ts): what is measured is what runs.
limitHeapGrowth();
const db = openDatabase(dbPath);
migrateDatabase(db);
ensureOrganiserCredential(db, 'load bench organiser password');
const url = `http://127.0.0.1:${port}`;
const heapDir = process.env.BENCH_HEAP_DIR;
/** How late the server's event loop runs: `GET /bench/loop` answers since the last time it was asked (and starts again). */
const loop = watchLoopDelay();

/**
 * When the server last finished handing a stage's state and a table's view to the kernel (the same
 * clock as the client processes'): with the phones' receipts, it tells the server's share of a
 * delay from the phones' processes' share (they run on the same machine).
 */
let lastSent: Record<'session:state' | 'table:view', number | null> = { 'session:state': null, 'table:view': null };
/**
 * The process's CPU when `GET /bench/sent` was last answered, and what it had used since by the end
 * of the task in which it handed the last of them to the kernel: a stage change's CPU until its last
 * view was out. The server sends views 5 tables per task, and what such a task does after its last
 * send is a few µs. (The state's task goes on with the stage's own writes: the figure is reported
 * only for the changes that sent views, whose last read comes after them.) The same for the event
 * loop's thread alone (`threadMs`): what a stage change costs the thread that does all its work.
 */
let cpuAsked = cpuMark();
let cpuToLastSent: { processMs: number; threadMs: number } | null = null;
let cpuReadDue = false;

function watchBroadcasts(io: Server): void {
  const adapter = io.of('/').adapter;
  const broadcast = adapter.broadcast.bind(adapter);
  adapter.broadcast = (packet, opts) => {
    broadcast(packet, opts);
    const event: unknown = Array.isArray(packet.data) ? packet.data[0] : null;
    if (event === 'session:state' || event === 'table:view') {
      lastSent[event] = wallClock();
      // Read once the task's sends are done, not after each send: a read is a system call, and one
      // per broadcast was 3.5 ms of the server's thread around round 1's start and 8 ms around the
      // sharing, in a sampled profile (~200 broadcasts each).
      if (cpuReadDue) return;
      cpuReadDue = true;
      queueMicrotask(() => {
        cpuReadDue = false;
        cpuToLastSent = cpuSince(cpuAsked);
      });
    }
  };
}

function benchRequest(req: IncomingMessage, res: ServerResponse): void {
  if (req.method === 'GET' && req.url === '/bench/memory') {
    res.setHeader('content-type', 'application/json').end(JSON.stringify(process.memoryUsage()));
  } else if (req.method === 'GET' && req.url === '/bench/loop') {
    res.setHeader('content-type', 'application/json').end(JSON.stringify(loop.read()));
  } else if (req.method === 'GET' && req.url === '/bench/sent') {
    res.setHeader('content-type', 'application/json').end(
      JSON.stringify({
        stateAt: lastSent['session:state'],
        viewAt: lastSent['table:view'],
        cpuMs: cpuToLastSent?.processMs ?? null,
        threadMs: cpuToLastSent?.threadMs ?? null,
      }),
    );
    lastSent = { 'session:state': null, 'table:view': null };
    cpuAsked = cpuMark();
    cpuToLastSent = null;
  } else if (req.method === 'POST' && req.url === '/bench/heap-snapshot' && heapDir) {
    // Started with --expose-gc when BENCH_HEAP_DIR is set: what the snapshot shows is what is kept.
    (globalThis as { gc?: () => void }).gc?.();
    const path = writeHeapSnapshot(join(heapDir, `server-${process.pid}-${Date.now()}.heapsnapshot`));
    res.setHeader('content-type', 'application/json').end(JSON.stringify({ path }));
  } else res.writeHead(404).end();
}

const httpServer = createServer(benchRequest);
// Every simulated phone joins from 127.0.0.1 at once: the join limits (200 per address, 400 per
// session, then a few per second) would refuse most of a large room, so the bench lifts them.
const unlimited = { burst: 100_000, refillPerS: 100_000 };
const realtime = createRealtimeServer(httpServer, { db, clock: Date, publicUrl: () => url }, { joinLimits: { perAddress: unlimited, perSession: unlimited } });
watchBroadcasts(realtime.io);
// Stopped by the bench with SIGTERM: exit normally, so that a CPU profile (BENCH_PROFILE_DIR) is written.
process.once('SIGTERM', () => process.exit(0));
httpServer.listen(port, '127.0.0.1', () => {
  const cookie = `${ORGANISER_COOKIE}=${startOrganiserSession(db, Date.now())}`;
  process.stdout.write(`READY ${url} ${cookie}\n`);
});

/**
 * The realtime server under test, in a process of its own (so that its memory and CPU can be read
 * from /proc): the real createRealtimeServer on a fresh SQLite file, without the Next pages.
 * Env: BENCH_DB_PATH, BENCH_PORT. Prints `READY <url> <organiser cookie>` when it listens.
 */
import { createServer } from 'node:http';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureOrganiserCredential, startOrganiserSession } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';

const dbPath = process.env.BENCH_DB_PATH;
const port = Number(process.env.BENCH_PORT);
if (!dbPath || !Number.isInteger(port)) throw new Error('BENCH_DB_PATH and BENCH_PORT are required');

const db = openDatabase(dbPath);
migrateDatabase(db);
ensureOrganiserCredential(db, 'load bench organiser password');
const url = `http://127.0.0.1:${port}`;
const httpServer = createServer();
// Every simulated phone joins from 127.0.0.1 at once: the join limits (200 per address, 400 per
// session, then a few per second) would refuse most of a large room, so the bench lifts them.
const unlimited = { burst: 100_000, refillPerS: 100_000 };
createRealtimeServer(httpServer, { db, clock: Date, publicUrl: () => url }, { joinLimits: { perAddress: unlimited, perSession: unlimited } });
// Stopped by the bench with SIGTERM: exit normally, so that a CPU profile (BENCH_PROFILE_DIR) is written.
process.once('SIGTERM', () => process.exit(0));
httpServer.listen(port, '127.0.0.1', () => {
  const cookie = `${ORGANISER_COOKIE}=${startOrganiserSession(db, Date.now())}`;
  process.stdout.write(`READY ${url} ${cookie}\n`);
});

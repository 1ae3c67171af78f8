/**
 * The realtime server as its own process, for crash tests: `kill -9` it, start it again on the same
 * SQLite file and port. Env: TEST_DB_PATH, TEST_PORT, TEST_CLOCK_OFFSET_MS (how far the restarted
 * server's clock is ahead: "time passed while it was down").
 */
import { createServer } from 'node:http';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureOrganiserCredential, startOrganiserSession } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';
import { TEST_PASSWORD, TestClock } from './test-server';

const dbPath = process.env.TEST_DB_PATH!;
const port = Number(process.env.TEST_PORT);
const clock = new TestClock(Number(process.env.TEST_CLOCK_OFFSET_MS ?? 0));
const db = openDatabase(dbPath);
migrateDatabase(db);
ensureOrganiserCredential(db, TEST_PASSWORD);
const url = `http://127.0.0.1:${port}`;
const httpServer = createServer();
createRealtimeServer(httpServer, { db, clock, publicUrl: () => url });
httpServer.listen(port, '127.0.0.1', () => {
  const cookie = `${ORGANISER_COOKIE}=${startOrganiserSession(db, clock.now())}`;
  process.stdout.write(`READY ${url} ${cookie}\n`);
});

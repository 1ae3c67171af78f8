import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { ensureOrganiserCredential, startOrganiserSession } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { createRealtimeServer } from '@/lib/realtime/server/create-realtime-server';
import type { Timers } from '@/lib/realtime/server/deadline-scheduler';
import type { Clock } from '@/lib/realtime/server/deps';

export const TEST_PASSWORD = 'correct horse battery staple';

/** A clock the test can move forward (or stop, so that only `advance` moves it); starts at the real time. */
export class TestClock implements Clock {
  private frozenAt: number | null = null;
  constructor(private offsetMs = 0) {}
  now(): number {
    return (this.frozenAt ?? Date.now()) + this.offsetMs;
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  /** From now on, time passes only when the test advances it. */
  freeze(): void {
    this.frozenAt = Date.now();
  }
}

export type TestServer = {
  url: string;
  db: Db;
  dbPath: string;
  clock: TestClock;
  organiserCookie: string;
  close(): Promise<void>;
};

export function tempDbPath(): { path: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'tournee-test-'));
  return { path: join(dir, 'tournee.db'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The real realtime server on an ephemeral port with a fresh SQLite file (no Next: pages are the e2e suite's job). */
export async function startTestServer(options: { dbPath?: string; clock?: TestClock; timers?: Timers; socketsPerSlice?: number } = {}): Promise<TestServer> {
  const temp = options.dbPath ? null : tempDbPath();
  const dbPath = options.dbPath ?? temp!.path;
  const db = openDatabase(dbPath);
  migrateDatabase(db);
  ensureOrganiserCredential(db, TEST_PASSWORD);
  const clock = options.clock ?? new TestClock();
  const httpServer = createServer();
  let url = '';
  const realtime = createRealtimeServer(httpServer, { db, clock, publicUrl: () => url }, { timers: options.timers, socketsPerSlice: options.socketsPerSlice });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const organiserCookie = `${ORGANISER_COOKIE}=${startOrganiserSession(db, clock.now())}`;
  return {
    url,
    db,
    dbPath,
    clock,
    organiserCookie,
    async close() {
      await realtime.close();
      db.$client.close();
      temp?.cleanup();
    },
  };
}

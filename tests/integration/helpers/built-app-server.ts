import { openDatabase } from '@/db/client';
import { ORGANISER_COOKIE } from '@/lib/realtime/contract';
import { TestClock, tempDbPath, type TestServer } from '@/tests/helpers/test-server';
import { startBuiltApp } from './built-app';

/**
 * The built app (pages, HTTP routes and Socket.io: `server.ts`) as a TestServer: the Socket.io helpers
 * play a café against it, the test reads and writes the same SQLite file through its own connection,
 * and the organiser is signed in over HTTP.
 */
export async function startBuiltAppServer(password: string): Promise<TestServer> {
  const file = tempDbPath();
  const app = await startBuiltApp({ ORGANISER_PASSWORD: password, DATABASE_URL: `file:${file.path}`, BACKUP_INTERVAL_MINUTES: '0' });
  const signIn = await fetch(`${app.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password }),
  });
  const token = new RegExp(`${ORGANISER_COOKIE}=([^;]+)`).exec(signIn.headers.get('set-cookie') ?? '')?.[1];
  if (signIn.status !== 204 || !token) throw new Error(`could not sign in: ${signIn.status}`);
  // The server created and migrated the file; this connection shares it (WAL), like a second process would.
  const db = openDatabase(file.path);
  return {
    url: app.url,
    db,
    dbPath: file.path,
    clock: new TestClock(),
    organiserCookie: `${ORGANISER_COOKIE}=${token}`,
    async close() {
      db.$client.close();
      await app.stop();
      file.cleanup();
    },
  };
}

/** An organiser's open sockets end with their sign-in: at sign-out (through the real route) and at expiry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORGANISER_SESSION_MS, startOrganiserSession } from '@/lib/auth/organiser-auth';
import { ORGANISER_COOKIE, PROTOCOL_VERSION } from '@/lib/realtime/contract';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { openSession } from '@/tests/helpers/cafe';
import { FakeTimers } from '@/tests/helpers/fake-timers';
import { connectError, newCommandId, TestClient } from '@/tests/helpers/test-client';
import { startTestServer, TestClock, type TestServer } from '@/tests/helpers/test-server';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

const PASSWORD = 'the organiser password';
const clients: TestClient[] = [];

afterAll(() => {
  for (const client of clients) client.close();
});

function until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (predicate()) resolve();
      else if (Date.now() - started > timeoutMs) reject(new Error('timed out'));
      else setTimeout(check, 20);
    };
    check();
  });
}

describe('sign-out', () => {
  let app: AppServer;

  beforeAll(async () => {
    app = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await app?.stop();
  });

  async function signIn(): Promise<string> {
    const response = await fetch(`${app.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(response.status).toBe(204);
    return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
  }

  function console_(cookie: string, sessionId?: string): TestClient {
    const client = new TestClient(app.url, () => (sessionId ? { sessionId } : {}), { cookie });
    clients.push(client);
    return client;
  }

  it('closes the browser’s open sockets at once; their commands are refused; another browser carries on', async () => {
    const cookie = await signIn();
    const otherBrowser = await signIn();
    const created = await console_(cookie).request('session:create', { commandId: newCommandId(), draft: makeDraft() });
    if (!created.ok) throw new Error(created.code);
    const live = console_(cookie, created.sessionId);
    const other = console_(otherBrowser, created.sessionId);
    await Promise.all([live.until(() => true), other.until(() => true)]);
    expect(await live.request('session:control', { commandId: newCommandId(), action: 'start' })).toMatchObject({ ok: true });

    const signedOut = await fetch(`${app.url}/api/auth/sign-out`, { method: 'POST', headers: { cookie } });
    expect(signedOut.status).toBe(204);

    // The socket is closed by the server, and its reconnection is refused: the console goes to the sign-in page.
    await until(() => live.error === 'unauthorised' && !live.socket.connected);
    expect(await connectError(app.url, { protocol: PROTOCOL_VERSION, sessionId: created.sessionId }, cookie)).toBe('unauthorised');
    expect(await other.request('session:control', { commandId: newCommandId(), action: 'pause' })).toMatchObject({ ok: true });
  });
});

describe('the sign-in’s expiry', () => {
  let server: TestServer;
  let timers: FakeTimers;

  beforeAll(async () => {
    const clock = new TestClock();
    timers = new FakeTimers(clock);
    server = await startTestServer({ clock, timers });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('refuses the organiser’s commands once it has passed, and closes the sockets when it comes', async () => {
    const { organiser } = await openSession(server);
    clients.push(organiser);
    expect(await organiser.request('session:control', { commandId: newCommandId(), action: 'start' })).toMatchObject({ ok: true });

    // Past the expiry before the timer has fired: the command is refused all the same.
    server.clock.advance(ORGANISER_SESSION_MS + 1_000);
    expect(await organiser.request('session:control', { commandId: newCommandId(), action: 'pause' })).toMatchObject({ ok: false, code: 'unauthorised' });
    timers.advance(0);
    await until(() => organiser.error === 'unauthorised');
  });

  it('refuses the commands of a socket whose sign-in was deleted behind the server’s back', async () => {
    // A new sign-in: the first test's has expired.
    const organiserCookie = `${ORGANISER_COOKIE}=${startOrganiserSession(server.db, server.clock.now())}`;
    const { organiser } = await openSession({ ...server, organiserCookie });
    clients.push(organiser);
    await organiser.until(() => true);
    server.db.$client.prepare('delete from organiser_sessions').run();
    expect(await organiser.request('session:control', { commandId: newCommandId(), action: 'start' })).toMatchObject({ ok: false, code: 'unauthorised' });
    expect(await organiser.request('session:sync', {})).toMatchObject({ ok: false, code: 'unauthorised' });
  });
});

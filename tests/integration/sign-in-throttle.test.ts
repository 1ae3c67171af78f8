import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENT_FREE_TRIES } from '@/lib/auth/sign-in-throttle';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { tempDbPath } from '@/tests/helpers/test-server';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

const PASSWORD = 'the right password';
const db = tempDbPath();
let server: AppServer;

beforeAll(async () => {
  server = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD, DATABASE_URL: `file:${db.path}` });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
  db.cleanup();
});

function signIn(password: string, on: AppServer = server): Promise<Response> {
  // A new connection each time: the spawned sign-in-link command blocks this process long enough for a kept-alive one to expire.
  return fetch(`${on.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ password }),
  });
}

function newSignInLink(): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sign-in-link.ts'], {
    env: { ...process.env, DATABASE_URL: `file:${db.path}`, NODE_ENV: 'production' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const key = /\/console\/sign-in\?key=([^\s]+)/.exec(result.stdout)?.[1];
  if (!key) throw new Error(`no link in:\n${result.stdout}`);
  return decodeURIComponent(key);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('organiser sign-in under brute force', () => {
  it('answers 429 with Retry-After after a few wrong passwords, even to the right one, and logs it', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const response = await signIn(`guess number ${i}`);
      statuses.push(response.status);
      if (response.status === 429) {
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(await response.json()).toMatchObject({ code: 'rate-limited' });
      }
    }
    expect(statuses.slice(0, CLIENT_FREE_TRIES + 1)).toEqual([...Array<number>(CLIENT_FREE_TRIES).fill(401), 429]);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    // Each password checked after the free tries doubles the wait (1 s, 2 s, 4 s…): a handful at most get checked.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(CLIENT_FREE_TRIES + 4);
    // While throttled, not even the right password is checked.
    expect((await signIn(PASSWORD)).status).toBe(429);
    expect(server.output()).toContain('[sign-in] wrong password from 127.0.0.1');
    expect(server.output()).toContain('[sign-in] throttled');
  });

  it(
    'lets the right password in once the wait is over',
    async () => {
      // A server of its own: the back-off of the tests above must not decide this one's wait.
      const ownDb = tempDbPath();
      const own = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD, DATABASE_URL: `file:${ownDb.path}` });
      try {
        for (let i = 0; i < CLIENT_FREE_TRIES; i++) expect((await signIn(`wrong ${i}`, own)).status).toBe(401);
        const throttled = await signIn(PASSWORD, own);
        expect(throttled.status).toBe(429);
        await sleep(Number(throttled.headers.get('retry-after')) * 1000 + 100);
        const response = await signIn(PASSWORD, own);
        expect(response.status).toBe(204);
        expect(response.headers.get('set-cookie')).toMatch(/^tournee_organiser=/);
      } finally {
        await own.stop();
        ownDb.cleanup();
      }
    },
    BUILD_TIMEOUT_MS,
  );
});

describe('a way back in when the sign-in link is lost', () => {
  it('the start banner says how', () => {
    expect(server.output()).toContain('npm run sign-in-link');
  });

  it('npm run sign-in-link prints a one-time link that signs in once, even while wrong passwords are throttled', async () => {
    for (let i = 0; i < CLIENT_FREE_TRIES + 1; i++) await signIn(`another guess ${i}`);
    expect((await signIn(PASSWORD)).status).toBe(429);
    const key = newSignInLink();
    const first = await signIn(key);
    expect(first.status).toBe(204);
    expect(first.headers.get('set-cookie')).toMatch(/^tournee_organiser=/);
    // Used up: it is now just a wrong password (throttled like one).
    expect([401, 429]).toContain((await signIn(key)).status);
  });

  it('a newer link replaces an older one', async () => {
    const older = newSignInLink();
    const newer = newSignInLink();
    expect([401, 429]).toContain((await signIn(older)).status);
    expect((await signIn(newer)).status).toBe(204);
  });
});

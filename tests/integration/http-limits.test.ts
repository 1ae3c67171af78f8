import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

// Short, so that the test is: the defaults are 10 s and 8,000 connections (see lib/env.ts).
const HEADERS_TIMEOUT_MS = 2000;
const MAX_CONNECTIONS = 100;
let server: AppServer;

beforeAll(async () => {
  server = await startBuiltApp({ HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS), HTTP_MAX_CONNECTIONS: String(MAX_CONNECTIONS) });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
});

type RawConnection = { socket: Socket; received: () => string; closed: Promise<void> };

async function openRaw(firstBytes?: string): Promise<RawConnection> {
  const socket = connect(server.port, '127.0.0.1');
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  if (firstBytes) socket.write(firstBytes);
  return { socket, received: () => received, closed };
}

async function health(): Promise<number> {
  const response = await fetch(`${server.url}/api/health`, { headers: { connection: 'close' } });
  return response.status;
}

describe('slow and half-open clients cannot starve the room', () => {
  it('closes a connection that never finishes its headers, and answers others meanwhile', async () => {
    const slow = await openRaw('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    expect(await health()).toBe(200);
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes a connection that sends nothing at all', async () => {
    const silent = await openRaw();
    await silent.closed;
    expect(silent.received()).not.toContain('200 OK');
  });

  it('drops connections past HTTP_MAX_CONNECTIONS, and serves again once the half-open ones are closed', async () => {
    // One more than the cap, all at once (well within the headers timeout that closes them later).
    const all = await Promise.all(Array.from({ length: MAX_CONNECTIONS + 1 }, () => openRaw('GET / HTTP/1.1\r\n')));
    await Promise.all(all.map((c) => c.closed));
    // The ones the server kept were closed by the timeout with a 408; the one past the cap was dropped unanswered.
    const unanswered = all.filter((c) => c.received() === '');
    expect(unanswered).toHaveLength(1);
    expect(all.filter((c) => /^HTTP\/1\.1 408/.test(c.received()))).toHaveLength(MAX_CONNECTIONS);
    expect(await health()).toBe(200);
  });
});

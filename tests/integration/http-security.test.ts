import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

const PASSWORD = 'security-headers-test';
let server: AppServer;

beforeAll(async () => {
  server = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await server?.stop();
});

async function get(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.url}${path}`, { redirect: 'manual', ...init });
}

function nonceOf(csp: string): string | null {
  return /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1] ?? null;
}

function expectSecurityHeaders(response: Response): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(nonceOf(csp)).not.toBeNull();
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('permissions-policy')).toContain('camera=()');
  expect(response.headers.get('permissions-policy')).toContain('microphone=()');
  expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
}

const PAGES = [
  '/',
  '/join',
  '/join/ABCDEF',
  '/t/ABCDEF/1',
  '/screen/not-a-key',
  '/console',
  '/console/sign-in',
  '/console/sessions/new',
  '/console/sessions/missing',
  '/console/sessions/missing/edit',
  '/console/sessions/missing/kit',
  '/synthesis/missing/key',
  '/synthesis/missing/key/print',
];

describe('security headers on every route of the built app', () => {
  it.each(PAGES)('page %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBeLessThan(500);
    expectSecurityHeaders(response);
  });

  it.each([
    ['GET /api/health', '/api/health', {}],
    ['POST /api/auth/sign-in', '/api/auth/sign-in', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
    ['POST /api/auth/sign-out', '/api/auth/sign-out', { method: 'POST' }],
    ['GET /api/backup', '/api/backup', {}],
    ['GET /api/sessions/…/exports/docx', '/api/sessions/missing/exports/docx', {}],
    ['GET /api/sessions/…/synthesis/…', '/api/sessions/missing/synthesis/key', {}],
    ['POST /api/sessions/import', '/api/sessions/import', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } }],
    ['an unknown page (404)', '/no-such-page', {}],
    ['an unknown API route (404)', '/api/no-such-route', {}],
    ['the icon', '/icon.svg', {}],
  ] as Array<[string, string, RequestInit]>)('%s', async (_name, path, init) => {
    const response = await get(path, init);
    expect(response.status).toBeLessThan(500);
    expectSecurityHeaders(response);
  });

  it('static assets (the scripts a page loads)', async () => {
    const html = await (await get('/join')).text();
    const assets = [...html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets.slice(0, 5)) {
      const response = await get(asset);
      expect(response.status).toBe(200);
      expectSecurityHeaders(response);
    }
  });

  it('a missing static asset (404)', async () => {
    const response = await get('/_next/static/chunks/missing.js');
    expect(response.status).toBe(404);
    expectSecurityHeaders(response);
  });

  it("stamps every script of a page with that response's own nonce, new on every response", async () => {
    const first = await get('/join/ABCDEF');
    const second = await get('/join/ABCDEF');
    const nonce = nonceOf(first.headers.get('content-security-policy') ?? '');
    expect(nonce).not.toBe(nonceOf(second.headers.get('content-security-policy') ?? ''));
    const scripts = [...(await first.text()).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it('ignores a Content-Security-Policy or client address sent by the client', async () => {
    const response = await get('/join', { headers: { 'content-security-policy': "script-src 'nonce-attacker'" } });
    const html = await response.text();
    expect(html).not.toContain('nonce="attacker"');
    expect(nonceOf(response.headers.get('content-security-policy') ?? '')).not.toBe('attacker');
  });
});

describe('malformed %-encoding is a 400, never a 500', () => {
  it.each(['/join/%ff', '/t/%ff/1', '/screen/%ff', '/console/sessions/%ff', '/console/sessions/%ff/kit', '/synthesis/%ff/key', '/join/%E0%A4%A', '/%'])(
    '%s',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expectSecurityHeaders(response);
    },
  );

  it.each([
    ['GET /console', '/console', 'GET'],
    ['GET /console/sessions/new', '/console/sessions/new', 'GET'],
    ['GET /api/backup', '/api/backup', 'GET'],
    ['POST /api/auth/sign-out', '/api/auth/sign-out', 'POST'],
  ])('a malformed sign-in cookie on %s is no sign-in, and no error', async (_name, path, method) => {
    const response = await get(path, { method, headers: { cookie: 'tournee_organiser=%E0%A4%A' } });
    expect(response.status).toBeLessThan(500);
    if (path === '/api/backup') expect(response.status).toBe(401);
  });

  it('the server keeps answering after them', async () => {
    expect((await get('/api/health')).status).toBe(200);
    expect(server.output()).not.toMatch(/URIError|DecodeError/);
  });
});

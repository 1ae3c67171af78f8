import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { exportCafeArchive } from '@/lib/export/cafe-archive';
import { claimsCafe } from '@/lib/export/fixtures/claims-cafe';
import { getShippedTemplate } from '@/lib/templates/shipped-templates';
import type { TestServer } from '@/tests/helpers/test-server';
import { BUILD_TIMEOUT_MS } from './helpers/built-app';
import { startBuiltAppServer } from './helpers/built-app-server';

const PASSWORD = 'deliverables-refusals';
let server: TestServer;

beforeAll(async () => {
  server = await startBuiltAppServer(PASSWORD);
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  await server?.close();
});

/** Rows of every table an import writes to: nothing may be left behind by a refused file. */
function rowCounts(): Record<string, number> {
  const tables = ['sessions', 'cafe_tables', 'participants', 'notes', 'ideas', 'reactions', 'round_seats', 'workstreams', 'plenary_votes', 'session_events'];
  return Object.fromEntries(tables.map((table) => [table, server.db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`))?.n ?? -1]));
}

async function importFile(body: BodyInit, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/api/sessions/import`, {
    method: 'POST',
    headers: { cookie: server.organiserCookie, origin: server.url, 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the assertion on the status says what came back.
  }
  return { status: response.status, json, text };
}

const valid = claimsCafe();
const archive = exportCafeArchive(valid);
const created = z.object({ sessionId: z.string() });

describe('import refuses a malformed or hostile file, says why, and creates nothing', { timeout: 60_000 }, () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const brokenReference = (() => {
    const data = structuredClone(valid);
    data.notes[3]!.tableId = 'no-such-table';
    return JSON.stringify(data);
  })();
  const cases: [string, () => BodyInit, number, string, RegExp][] = [
    ['not JSON', () => 'this is not json {', 400, 'not-json', /not valid JSON/],
    ['not UTF-8', () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 400, 'not-json', /UTF-8/],
    ['another format', () => JSON.stringify({ format: 'something-else', version: 1 }), 400, 'wrong-format', /not a Tournée café archive/],
    ['a newer version', () => archive.replace('"version": 1', '"version": 7'), 400, 'wrong-version', /newer Tournée \(format version 7\)/],
    ['a broken reference', () => brokenReference, 400, 'invalid', /notes\[3\]\.tableId: no table with the id "no-such-table"/],
    [
      'an unknown field (a secret has no place)',
      () => archive.replace('"anonymous": false', '"anonymous": false, "screenKey": "x"'),
      400,
      'invalid',
      /session/,
    ],
    ['nested thousands deep', () => nested(50_000), 400, 'too-deep', /more than 16 levels/],
    [
      'a session this Tournée cannot prepare (20+ dots)',
      () => archive.replace('"dotsPerPerson": 5', '"dotsPerPerson": 90').replace('"maxDotsPerItem": 2', '"maxDotsPerItem": 2'),
      400,
      'invalid',
      /session\.plenary\.dotsPerPerson/,
    ],
    ['bigger than 64 MB', () => `{"format":"tournee-cafe","pad":"${'x'.repeat(64 * 1024 * 1024)}"}`, 413, 'too-big', /too big/],
  ];

  it.each(cases)('%s', async (_name, body, status, archiveCode, message) => {
    const before = rowCounts();
    const refused = await importFile(body());
    expect(refused.status, refused.text.slice(0, 300)).toBe(status);
    expect(refused.json).toMatchObject({ code: 'invalid-payload', archive: archiveCode, message: expect.stringMatching(message) });
    expect(rowCounts()).toEqual(before);
  });

  it('lists the problems of an invalid file by their path', async () => {
    const data = structuredClone(valid);
    data.participants = [{ id: 'p1', displayName: '', groupLabel: null, joinedAt: 'yesterday' }];
    const refused = await importFile(JSON.stringify(data));
    expect(refused.status).toBe(400);
    const { issues } = z.object({ issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])) })) }).parse(refused.json);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['participants', 0, 'displayName'] }),
        expect.objectContaining({ path: ['participants', 0, 'joinedAt'] }),
      ]),
    );
  });

  it('refuses a stranger (401) and another site’s page (403)', async () => {
    const before = rowCounts();
    expect((await importFile(archive, { cookie: '' })).status).toBe(401);
    expect((await importFile(archive, { origin: 'http://evil.example' })).status).toBe(403);
    expect(rowCounts()).toEqual(before);
  });

  it('imports a shipped template as a prepared session in the lobby', async () => {
    const before = rowCounts();
    const template = await importFile(exportCafeArchive(getShippedTemplate('crm-kickoff', 'en')!));
    expect(template.status).toBe(201);
    expect(template.json).toMatchObject({ stage: 'lobby' });
    expect(rowCounts().sessions).toBe(before.sessions! + 1);
    expect(rowCounts().participants).toBe(before.participants);
  });
});

describe('downloads refuse bad input with a clear status, never a 500', { timeout: 60_000 }, () => {
  let sessionId: string;
  beforeAll(async () => {
    sessionId = created.parse((await importFile(archive)).json).sessionId;
  });
  const get = (path: string, cookie = true) => fetch(`${server.url}${path}`, { headers: cookie ? { cookie: server.organiserCookie } : {} });

  it.each([
    ['an unknown format', () => `/api/sessions/${sessionId}/exports/exe`, 404],
    ['an unknown time zone', () => `/api/sessions/${sessionId}/exports/docx?tz=Mars/Olympus`, 400],
    ['a hostile time zone', () => `/api/sessions/${sessionId}/exports/docx?tz=${encodeURIComponent('../../etc/passwd')}`, 400],
    ['an unknown session', () => '/api/sessions/no-such-session/exports/docx', 404],
    ['a session id that is not one', () => `/api/sessions/${encodeURIComponent('%%%')}/exports/docx`, 404],
    ['a malformed synthesis key', () => `/api/sessions/${sessionId}/synthesis/${'k'.repeat(500)}`, 404],
  ])('%s', async (_name, path, status) => {
    const response = await get(path());
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });

  it('refuses every file without the sign-in', async () => {
    for (const format of ['docx', 'xlsx', 'csv', 'md', 'json', 'svg', 'png', 'template']) {
      expect((await get(`/api/sessions/${sessionId}/exports/${format}`, false)).status, format).toBe(401);
    }
  });

  it('accepts a valid time zone and no time zone', async () => {
    expect((await get(`/api/sessions/${sessionId}/exports/md?tz=America/Argentina/Buenos_Aires`)).status).toBe(200);
    expect((await get(`/api/sessions/${sessionId}/exports/md`)).status).toBe(200);
  });
});

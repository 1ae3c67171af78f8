import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { backupDatabase, listBackups, scheduleBackups, takeRollingBackup } from '@/lib/server/backups';
import type { AppServer } from '@/tests/e2e/helpers/app-server';
import { makeDraft } from '@/tests/helpers/session-draft-factory';
import { newCommandId, TestClient } from '@/tests/helpers/test-client';
import { BUILD_TIMEOUT_MS, startBuiltApp } from './helpers/built-app';

const folder = mkdtempSync(join(tmpdir(), 'tournee-backups-'));
let db: Db;

beforeAll(() => {
  db = openDatabase(join(folder, 'tournee.db'));
  migrateDatabase(db);
});

afterAll(() => {
  db.$client.close();
  rmSync(folder, { recursive: true, force: true });
});

function write(key: string, value = 'v'): void {
  db.$client.prepare('insert into settings (key, value) values (?, ?)').run(key, value);
}

function keysIn(file: string): string[] {
  const copy = new Database(file, { readonly: true });
  try {
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    return copy
      .prepare('select key from settings order by key')
      .all()
      .map((row) => (row as { key: string }).key);
  } finally {
    copy.close();
  }
}

describe('backups of the live database', () => {
  it('a backup opens and holds what was written before it', async () => {
    write('before-1');
    write('before-2');
    const file = join(folder, 'one.db');
    await backupDatabase(db, file);
    write('after');
    expect(keysIn(file)).toEqual(expect.arrayContaining(['before-1', 'before-2']));
    expect(keysIn(file)).not.toContain('after');
  });

  it('is consistent while the room keeps writing', async () => {
    for (let i = 0; i < 2000; i++) write(`bulk-${i}`, 'x'.repeat(200));
    const file = join(folder, 'busy.db');
    const backup = backupDatabase(db, file);
    for (let i = 0; i < 200; i++) write(`during-${i}`);
    await backup;
    const keys = keysIn(file);
    expect(keys).toContain('bulk-1999');
  });

  it('keeps only the newest rolling copies', async () => {
    const rolling = join(folder, 'rolling');
    for (let i = 0; i < 5; i++) await takeRollingBackup(db, rolling, 3, new Date(2026, 10, 30, 14, 0, i));
    expect(listBackups(rolling)).toEqual(['tournee-20261130-140002.db', 'tournee-20261130-140003.db', 'tournee-20261130-140004.db']);
    expect(readdirSync(rolling).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it('the schedule takes copies by itself, skipping when nothing changed', async () => {
    const scheduled = join(folder, 'scheduled');
    const schedule = scheduleBackups(db, scheduled, { intervalMs: 50, keep: 10 });
    while (listBackups(scheduled).length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await schedule.stop();
    expect(listBackups(scheduled)).toHaveLength(1);
    expect(keysIn(join(scheduled, listBackups(scheduled)[0]!))).toContain('before-1');
  });

  it('a schedule whose copies fail logs it and carries on', async () => {
    const blocked = join(folder, 'a-file-not-a-folder');
    writeFileSync(blocked, 'x');
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const schedule = scheduleBackups(db, blocked, { intervalMs: 20, keep: 2 });
    await vi.waitFor(() => expect(warnings.mock.calls.length).toBeGreaterThanOrEqual(2));
    await schedule.stop();
    expect(String(warnings.mock.calls[0]?.[0])).toContain('[backup] failed');
  });

  it('a failed copy leaves no file behind', async () => {
    const blocked = join(folder, 'not-a-folder');
    writeFileSync(blocked, 'a file where a folder should be');
    await expect(backupDatabase(db, join(blocked, 'x.db'))).rejects.toThrow();
    expect(readdirSync(folder).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('GET /api/backup', () => {
  const PASSWORD = 'backup route password';
  let server: AppServer;

  beforeAll(async () => {
    server = await startBuiltApp({ ORGANISER_PASSWORD: PASSWORD, BACKUP_INTERVAL_MINUTES: '0' });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['nobody', undefined],
    ['a forged cookie', 'tournee_organiser=forged'],
    ['a phone (no organiser cookie)', 'tournee_locale=fr'],
  ])('refuses %s with 401', async (_name, cookie) => {
    const response = await fetch(`${server.url}/api/backup`, { headers: cookie ? { cookie } : {} });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'unauthorised' });
  });

  it('gives the signed-in organiser a fresh copy holding the session just written', async () => {
    const signIn = await fetch(`${server.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ password: PASSWORD }),
    });
    expect(signIn.status).toBe(204);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const console_ = new TestClient(server.url, () => ({}), { cookie });
    const created = await console_.request('session:create', { commandId: newCommandId(), draft: { ...makeDraft(), title: 'Backed-up café' } });
    console_.close();
    expect(created.ok).toBe(true);

    const response = await fetch(`${server.url}/api/backup`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tournee-\d{8}-\d{6}\.db"$/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const file = join(folder, 'downloaded.db');
    writeFileSync(file, bytes);
    const copy = new Database(file, { readonly: true });
    try {
      expect(copy.prepare('select title from sessions').all()).toEqual([{ title: 'Backed-up café' }]);
    } finally {
      copy.close();
    }
  });
});

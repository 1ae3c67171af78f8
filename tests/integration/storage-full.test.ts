import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { isStorageFullError, noteStorageFailure } from '@/lib/server/storage-status';
import { tempDbPath } from '@/tests/helpers/test-server';

const temp = tempDbPath();
let db: Db;
const globals = globalThis as typeof globalThis & { __tourneeDb?: Db };

// The health route reads the process-wide database and DATABASE_URL, as in the app.
beforeAll(() => {
  process.env.DATABASE_URL = `file:${temp.path}`;
  db = openDatabase(temp.path);
  migrateDatabase(db);
  globals.__tourneeDb = db;
});

afterAll(() => {
  delete globals.__tourneeDb;
  db.$client.close();
  temp.cleanup();
});

function realFullError(): unknown {
  const sqlite = new Database(':memory:');
  sqlite.exec('create table t (x)');
  sqlite.pragma(`max_page_count = ${Number(sqlite.pragma('page_count', { simple: true }))}`);
  try {
    for (let i = 0; i < 100; i++) sqlite.prepare('insert into t values (?)').run(Buffer.alloc(5000));
  } catch (error) {
    return error;
  } finally {
    sqlite.close();
  }
  throw new Error('the database never filled up');
}

function errorWithCode(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

describe('isStorageFullError', () => {
  it.each<[string, unknown, boolean]>([
    ["better-sqlite3's own SQLITE_FULL", realFullError(), true],
    ['SQLITE_FULL', errorWithCode('SQLITE_FULL', 'database or disk is full'), true],
    ['the WAL index cannot grow', errorWithCode('SQLITE_IOERR_SHMSIZE'), true],
    ["Node's ENOSPC (a backup file)", errorWithCode('ENOSPC', 'ENOSPC: no space left on device, write'), true],
    ['a disk quota', errorWithCode('EDQUOT'), true],
    ['the message alone', new Error('database or disk is full'), true],
    ['a constraint', errorWithCode('SQLITE_CONSTRAINT_UNIQUE'), false],
    ['a busy database', errorWithCode('SQLITE_BUSY'), false],
    ['another I/O error', errorWithCode('SQLITE_IOERR_WRITE'), false],
    ['a plain error', new Error('boom'), false],
    ['not an error', 'SQLITE_FULL', false],
    ['nothing', null, false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isStorageFullError(error)).toBe(expected);
  });
});

async function health(): Promise<{ status: number; body: unknown }> {
  const { GET } = await import('@/app/api/health/route');
  const response = GET();
  return { status: response.status, body: await response.json() };
}

function writeSomething(): unknown {
  try {
    db.$client.prepare('insert into settings (key, value) values (?, ?)').run(`filler-${Math.random()}`, 'x'.repeat(20_000));
    return null;
  } catch (error) {
    return error;
  }
}

describe('/api/health while the database cannot grow', () => {
  it('says ok while writes work', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', version: expect.any(String), database: 'ok', storage: 'ok' } });
  });

  it('says degraded (503, with a reason) while writes fail for lack of space, then ok when space returns', async () => {
    const pages = Number(db.$client.pragma('page_count', { simple: true }));
    db.$client.pragma(`max_page_count = ${pages}`);
    const failure = writeSomething();
    expect(isStorageFullError(failure)).toBe(true);
    expect(noteStorageFailure(failure)).toBe(true);
    expect(await health()).toEqual({
      status: 503,
      body: { status: 'degraded', version: expect.any(String), database: 'ok', storage: 'full', reason: expect.stringContaining('size limit') },
    });

    db.$client.pragma('max_page_count = 1073741823');
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', storage: 'ok' } });
    expect(writeSomething()).toBeNull();
  });

  it('after a failed write, a probe write decides: ok once writes succeed again', async () => {
    expect(noteStorageFailure(errorWithCode('SQLITE_FULL', 'database or disk is full'))).toBe(true);
    expect(await health()).toMatchObject({ status: 200, body: { status: 'ok', storage: 'ok' } });
  });

  it('an error that is not about space is not noted', () => {
    expect(noteStorageFailure(errorWithCode('SQLITE_CONSTRAINT_UNIQUE'))).toBe(false);
  });
});

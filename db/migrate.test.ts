import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './client';
import { migrateDatabase } from './migrate';

const REAL = fileURLToPath(new URL('./migrations', import.meta.url));

/** drizzle-kit's table rebuild of the parent table `sessions` (what it emits for many column changes). */
const createSessions = /CREATE TABLE `sessions` \([\s\S]*?\n\);/.exec(readFileSync(join(REAL, '0000_init.sql'), 'utf8'))![0];
const REBUILD_SESSIONS = [
  createSessions.replace('`sessions`', '`__new_sessions`'),
  'INSERT INTO `__new_sessions` SELECT * FROM `sessions`;',
  'DROP TABLE `sessions`;',
  'ALTER TABLE `__new_sessions` RENAME TO `sessions`;',
  'CREATE UNIQUE INDEX `sessions_code_unique2` ON `sessions` (`code`);',
].join('\n--> statement-breakpoint\n');

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A migrations folder with the real first migration followed by `extra` ones. */
function folderWith(extra: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'tournee-migrations-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'meta'));
  copyFileSync(join(REAL, '0000_init.sql'), join(dir, '0000_init.sql'));
  const tags = ['0000_init', ...Object.keys(extra)];
  for (const [tag, sql] of Object.entries(extra)) writeFileSync(join(dir, `${tag}.sql`), sql);
  writeFileSync(
    join(dir, 'meta', '_journal.json'),
    JSON.stringify({
      version: '7',
      dialect: 'sqlite',
      entries: tags.map((tag, idx) => ({ idx, version: '6', when: 1_700_000_000_000 + idx, tag, breakpoints: true })),
    }),
  );
  return dir;
}

function databaseWithARound(): Db {
  const dir = mkdtempSync(join(tmpdir(), 'tournee-db-'));
  dirs.push(dir);
  const db = openDatabase(join(dir, 'test.db'));
  migrateDatabase(db, folderWith({}));
  db.$client.exec(`insert into sessions (id, code, screen_key, title, language, created_at, updated_at) values ('s1', 'ABCDEF', 'k', 'T', 'en', 0, 0);
    insert into rounds (session_id, position, question, reflection_ms, sharing_ms, consolidation_ms) values ('s1', 0, 'Q?', 1, 1, 1);`);
  return db;
}

const roundCount = (db: Db) => (db.$client.prepare('select count(*) n from rounds').get() as { n: number }).n;

describe('migrations at start', () => {
  it('apply every committed migration to a fresh file, with foreign keys on afterwards', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tournee-db-'));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'fresh.db'));
    migrateDatabase(db);
    migrateDatabase(db); // a second start changes nothing
    const tables = (db.$client.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['sessions', 'rounds', 'cafe_tables', 'participants', 'notes', 'ideas', 'round_seats', 'session_events']));
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });

  it('keep child rows when a migration rebuilds a parent table', () => {
    const db = databaseWithARound();
    migrateDatabase(db, folderWith({ '0001_rebuild': REBUILD_SESSIONS }));
    expect(roundCount(db)).toBe(1);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });

  it('would lose them without the guard (why it exists)', () => {
    const db = databaseWithARound();
    migrate(db, { migrationsFolder: folderWith({ '0001_rebuild': REBUILD_SESSIONS }) });
    expect(roundCount(db)).toBe(0);
    db.$client.close();
  });

  it('stop the start when a migration leaves a dangling reference', () => {
    const db = databaseWithARound();
    const orphan = "insert into rounds (session_id, position, question, reflection_ms, sharing_ms, consolidation_ms) values ('ghost', 0, 'Q?', 1, 1, 1)";
    expect(() => migrateDatabase(db, folderWith({ '0001_orphan': orphan }))).toThrow(/foreign key violation/);
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'tournee-bad-db-'));
const notSqlite = join(folder, 'notes.txt');
writeFileSync(notSqlite, 'shopping list: bread, milk\n'.repeat(100));

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function startWith(databaseUrl: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, PORT: '0' },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('a DATABASE_URL that cannot be opened stops the start with a clear message', () => {
  it.each([
    ['a folder', folder, 'it is a folder, not a file'],
    ['a file that is not a SQLite database', notSqlite, 'the file is not a SQLite database'],
    ['a path under a file', '/dev/null/tournee.db', 'a part of the path is a file, not a folder'],
    ['a read-only place', '/sys/tournee.db', 'cannot be opened or created there'],
    ['a folder that cannot be created', '/sys/tournee/tournee.db', 'operation not permitted'],
  ])('%s', (_name, path, reason) => {
    const result = startWith(`file:${path}`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    expect(result.stderr).toContain('DATABASE_URL');
    expect(result.stderr).toContain(path);
    expect(result.stderr).toContain(reason);
    // A message for a person, not a stack trace.
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { getSharedDb, type Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { errorCode } from '@/lib/server/storage-status';

/** The configured database cannot be used; its message names DATABASE_URL, the path and why, for the terminal. */
export class DatabaseOpenError extends Error {}

const REASONS: Record<string, string> = {
  SQLITE_CANTOPEN: 'the file cannot be opened or created there (a missing or read-only folder?)',
  SQLITE_NOTADB: 'the file is not a SQLite database',
  SQLITE_CORRUPT: 'the database file is damaged (start from a backup)',
  SQLITE_READONLY: 'the database is read-only',
  SQLITE_FULL: 'the disk is full',
  SQLITE_BUSY: 'another program holds the database locked',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a part of the path is a file, not a folder',
  ENOSPC: 'the disk is full',
};

function reasonOf(error: unknown): string {
  const code = errorCode(error);
  const known = code === null ? undefined : (REASONS[code] ?? Object.entries(REASONS).find(([prefix]) => code.startsWith(`${prefix}_`))?.[1]);
  if (known) return known;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}

function refusal(path: string, reason: string): DatabaseOpenError {
  const where = resolve(path) === path ? path : `${path} (${resolve(path)})`;
  return new DatabaseOpenError(
    `Invalid configuration:\n  DATABASE_URL: cannot use the database file:${where}: ${reason}.\n` +
      '  Point DATABASE_URL at a Tournée database, or at a new file in a folder this user can write (e.g. file:./data/tournee.db).',
  );
}

/** Opens and migrates the configured database file, or throws a DatabaseOpenError that says what is wrong with it. */
export function openConfiguredDatabase(path: string): Db {
  if (existsSync(path) && statSync(path).isDirectory()) throw refusal(path, 'it is a folder, not a file');
  try {
    const db = getSharedDb(path);
    migrateDatabase(db);
    return db;
  } catch (error) {
    throw refusal(path, reasonOf(error));
  }
}

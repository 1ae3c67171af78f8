import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/** Opens (creating its folder if needed) the SQLite file with the pragmas every connection needs. */
export function openDatabase(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: an acknowledged write survives a power cut too, not only a crash of the process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return drizzle(sqlite, { schema });
}

const globalForDb = globalThis as typeof globalThis & { __tourneeDb?: Db };

/** The process-wide connection, shared by the custom server and the route handlers. */
export function getSharedDb(path: string): Db {
  globalForDb.__tourneeDb ??= openDatabase(path);
  return globalForDb.__tourneeDb;
}

/** A transaction, as drizzle hands it to `db.transaction(...)`: every command runs in one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Reads run on the connection or inside a transaction. */
export type Queryable = Db | Tx;

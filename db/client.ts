import Database from 'better-sqlite3';
import { sql, type Column, type SQL } from 'drizzle-orm';
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
  const db = drizzle(sqlite, { schema });
  roots.set(sqlite, db);
  return db;
}

const globalForDb = globalThis as typeof globalThis & { __tourneeDb?: Db; __tourneeDbRoots?: WeakMap<Database.Database, Db> };

/**
 * Each connection's database object: a transaction runs on the same connection, and its statements
 * are the database's. Process-wide, like the connection: the route handlers' bundle has its own copy
 * of this module, and a transaction it opens on the shared connection must find its root too.
 */
const roots = (globalForDb.__tourneeDbRoots ??= new WeakMap<Database.Database, Db>());

/** The process-wide connection, shared by the custom server and the route handlers. */
export function getSharedDb(path: string): Db {
  globalForDb.__tourneeDb ??= openDatabase(path);
  return globalForDb.__tourneeDb;
}

/** A transaction, as drizzle hands it to `db.transaction(...)`: every command runs in one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Reads run on the connection or inside a transaction. */
export type Queryable = Db | Tx;

/** The database a transaction belongs to (drizzle keeps the connection on the transaction's session). */
export function rootOf(q: Queryable): Db {
  if ('$client' in q && q.$client instanceof Database) return q;
  const client: unknown = Reflect.get(Reflect.get(q, 'session') ?? {}, 'client');
  const root = client instanceof Database ? roots.get(client) : undefined;
  if (!root) throw new Error('this transaction does not belong to a database opened with openDatabase');
  return root;
}

/**
 * Statements built and prepared once per database, then run (with their parameters) on it or on any
 * of its transactions — they share the connection. Hot commands run a handful of them, thousands of
 * times: building and preparing the SQL every time cost more than running it.
 */
export function preparedStatements<T>(build: (db: Db) => T): (q: Queryable) => T {
  const cache = new WeakMap<Db, T>();
  return (q) => {
    const db = rootOf(q);
    let statements = cache.get(db);
    if (!statements) {
      statements = build(db);
      cache.set(db, statements);
    }
    return statements;
  };
}

/**
 * `column` is one of a list passed to a prepared statement as one JSON array (its parameter `name`):
 * one statement whatever the list's length, where `inArray` builds and prepares the SQL for each length.
 */
export function inJsonList(column: Column, name: string): SQL {
  return sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;
}

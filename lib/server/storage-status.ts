import { statfsSync } from 'node:fs';
import type { Db } from '@/db/client';

/** Why writes cannot be kept: the disk is full, or the database reached its size limit (`max_page_count`). */
export type StorageStatus = { ok: true } | { ok: false; reason: 'disk-full' | 'database-full'; message: string };

/** Below this much free space in the data folder, the next write may fail: report it before it does. */
export const MIN_FREE_BYTES = 1024 * 1024;
/** Pages the database must still be allowed to grow by (see `max_page_count`). */
export const MIN_FREE_PAGES = 16;

// What SQLite (through better-sqlite3's SqliteError.code) and Node report when space runs out. SQLite's
// unix layer turns ENOSPC on a write into SQLITE_FULL; growing the WAL index can fail as SHMSIZE.
const STORAGE_FULL_CODES = new Set(['SQLITE_FULL', 'SQLITE_IOERR_SHMSIZE', 'ENOSPC', 'EDQUOT']);

/** The `code` of an error from SQLite or Node (`SQLITE_FULL`, `ENOSPC`…), or null. */
export function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  return typeof error.code === 'string' ? error.code : null;
}

/** True when a write failed for lack of space (the disk, a quota, or the database's size limit). */
export function isStorageFullError(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== null && STORAGE_FULL_CODES.has(code)) return true;
  return error instanceof Error && /database or disk is full/i.test(error.message);
}

// Shared by the custom server's modules and the route handlers' bundle, like the database itself.
const globalForStorage = globalThis as typeof globalThis & { __tourneeStorageFailure?: { at: number; message: string } };

/**
 * Remembers that a write failed for lack of space (call it where writes are caught); the health
 * check then reports it until a write succeeds again. Returns whether the error was one.
 */
export function noteStorageFailure(error: unknown, now = Date.now()): boolean {
  if (!isStorageFullError(error)) return false;
  globalForStorage.__tourneeStorageFailure = { at: now, message: error instanceof Error ? error.message : String(error) };
  return true;
}

function freeBytes(folder: string): number | null {
  try {
    const stats = statfsSync(folder);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

function pageHeadroom(db: Db): number {
  const sqlite = db.$client;
  const limit = Number(sqlite.pragma('max_page_count', { simple: true }));
  const used = Number(sqlite.pragma('page_count', { simple: true }));
  const free = Number(sqlite.pragma('freelist_count', { simple: true }));
  return limit - used + free;
}

// A real, committed write: only a write proves that space came back after a failure.
function probeWrite(db: Db): unknown {
  try {
    db.$client
      .prepare("insert into settings (key, value) values ('storage_probe', ?) on conflict (key) do update set value = excluded.value")
      .run(new Date().toISOString());
    return null;
  } catch (error) {
    return error;
  }
}

/** Whether the database can take writes now: free space in its folder, its size limit, and (after a failed write) a probe write. */
export function storageStatus(db: Db, folder: string): StorageStatus {
  const free = freeBytes(folder);
  if (free !== null && free < MIN_FREE_BYTES) {
    return { ok: false, reason: 'disk-full', message: `${free} bytes free in ${folder}: writes are refused until space is freed` };
  }
  if (pageHeadroom(db) < MIN_FREE_PAGES) {
    return { ok: false, reason: 'database-full', message: 'the database reached its size limit (max_page_count): writes are refused' };
  }
  if (globalForStorage.__tourneeStorageFailure) {
    const error = probeWrite(db);
    if (error !== null && isStorageFullError(error)) {
      return { ok: false, reason: 'disk-full', message: `writes fail for lack of space: ${globalForStorage.__tourneeStorageFailure.message}` };
    }
    if (error === null) delete globalForStorage.__tourneeStorageFailure;
  }
  return { ok: true };
}

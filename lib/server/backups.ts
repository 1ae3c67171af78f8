import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '@/db/client';
import { randomToken } from '@/lib/auth/tokens';
import { noteStorageFailure } from './storage-status';

/** The folder of the rolling backups, inside the data folder. */
export function backupFolder(dataFolder: string): string {
  return join(dataFolder, 'backups');
}

const ROLLING = /^tournee-\d{8}-\d{6}(-\d+)?\.db$/;
// Pages copied per step: the backup yields to the event loop between steps, so the room keeps its pace.
const PAGES_PER_STEP = 256;

/** A local date and time for file names: 20261130-140512. */
export function backupStamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

/**
 * Writes a consistent copy of the live database to `target` with SQLite's online backup (the room
 * keeps writing meanwhile). The copy is written beside it under a temporary name and renamed once
 * complete, so a half-written file never looks like a backup.
 */
export async function backupDatabase(db: Db, target: string): Promise<void> {
  const partial = `${target}.${randomToken(6)}.partial`;
  try {
    await db.$client.backup(partial, { progress: () => PAGES_PER_STEP });
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Rolling backups in `folder`, oldest first. */
export function listBackups(folder: string): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => ROLLING.test(name))
      .sort();
  } catch {
    return [];
  }
}

/** Takes one rolling backup into `folder` and removes all but the `keep` newest; returns the new file's path. */
export async function takeRollingBackup(db: Db, folder: string, keep: number, now = new Date()): Promise<string> {
  mkdirSync(folder, { recursive: true });
  let name = `tournee-${backupStamp(now)}.db`;
  for (let n = 2; listBackups(folder).includes(name); n++) name = `tournee-${backupStamp(now)}-${n}.db`;
  const target = join(folder, name);
  await backupDatabase(db, target);
  const all = listBackups(folder);
  for (const old of all.slice(0, Math.max(0, all.length - keep))) rmSync(join(folder, old), { force: true });
  return target;
}

/** The database's count of changes, to skip a backup when nothing was written since the last one. */
function changeMark(db: Db): string {
  const row: unknown = db.$client.prepare('select total_changes() as n').get();
  const n = typeof row === 'object' && row !== null && 'n' in row ? String(row.n) : '';
  return `${n}:${String(db.$client.pragma('data_version', { simple: true }))}`;
}

export type BackupSchedule = { stop(): Promise<void> };

/**
 * Keeps a rolling backup of the database in `folder` every `intervalMs` (the `keep` newest), off the
 * hot path: the copy runs in steps between the room's requests, and is skipped when nothing changed.
 */
export function scheduleBackups(db: Db, folder: string, options: { intervalMs: number; keep: number }): BackupSchedule {
  let lastMark: string | null = null;
  let running: Promise<void> = Promise.resolve();
  // Never rejects: a failed copy is logged, and the next one is tried at the next tick.
  const run = async () => {
    try {
      const mark = changeMark(db);
      if (mark === lastMark && listBackups(folder).length > 0) return;
      await takeRollingBackup(db, folder, options.keep);
      lastMark = mark;
    } catch (error) {
      if (noteStorageFailure(error)) console.warn(`[backup] skipped: no space left in ${folder}`);
      else console.warn('[backup] failed', error);
    }
  };
  const timer = setInterval(() => {
    running = running.then(run);
  }, options.intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

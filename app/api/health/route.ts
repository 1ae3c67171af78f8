import { sql } from 'drizzle-orm';
import packageJson from '@/package.json';
import { dataFolder, parseEnv } from '@/lib/env';
import { routeDb } from '@/lib/server/route-helpers';
import { storageStatus, type StorageStatus } from '@/lib/server/storage-status';

export const dynamic = 'force-dynamic';

type Health = {
  status: 'ok' | 'degraded' | 'error';
  version: string;
  database: 'ok' | 'unavailable';
  storage: 'ok' | 'full' | 'unknown';
  reason?: string;
};

/**
 * Liveness, database and storage status, for the organiser's checks and for monitoring: 200 `ok`;
 * 503 `degraded` while writes fail for lack of space (reads still work); 503 `error` when the
 * database does not answer.
 */
export function GET(): Response {
  const version = packageJson.version;
  let storage: StorageStatus;
  try {
    const db = routeDb();
    db.get(sql`select 1`);
    storage = storageStatus(db, dataFolder(parseEnv()));
  } catch {
    return health({ status: 'error', version, database: 'unavailable', storage: 'unknown' });
  }
  if (!storage.ok) return health({ status: 'degraded', version, database: 'ok', storage: 'full', reason: storage.message });
  return health({ status: 'ok', version, database: 'ok', storage: 'ok' });
}

function health(body: Health): Response {
  return Response.json(body, { status: body.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}

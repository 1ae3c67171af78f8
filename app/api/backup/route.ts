import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isOrganiserRequest } from '@/lib/auth/organiser-auth';
import { backupDatabase, backupStamp } from '@/lib/server/backups';
import { errorResponse, routeDb } from '@/lib/server/route-helpers';
import { noteStorageFailure } from '@/lib/server/storage-status';

export const dynamic = 'force-dynamic';

/**
 * A fresh, consistent copy of the whole database, for the signed-in organiser only (401 otherwise):
 * the file to carry on from on another laptop. Written to the system's temporary folder, so that
 * it can be had even when the data folder's disk is full.
 */
export async function GET(request: Request): Promise<Response> {
  const db = routeDb();
  if (!isOrganiserRequest(db, request.headers.get('cookie') ?? undefined, Date.now())) {
    return errorResponse(401, 'unauthorised', 'sign in as organiser');
  }
  const folder = await mkdtemp(join(tmpdir(), 'tournee-backup-'));
  try {
    const file = join(folder, 'tournee.db');
    await backupDatabase(db, file);
    const data = await readFile(file);
    return new Response(data, {
      headers: {
        'content-type': 'application/vnd.sqlite3',
        'content-disposition': `attachment; filename="tournee-${backupStamp(new Date())}.db"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (noteStorageFailure(error)) return errorResponse(507, 'internal', 'no space left to write the backup');
    console.error('[backup] download failed', error);
    return errorResponse(500, 'internal', 'the backup could not be written');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

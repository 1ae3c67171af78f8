import { sql } from 'drizzle-orm';
import packageJson from '@/package.json';
import { routeDb } from '@/lib/server/route-helpers';

export const dynamic = 'force-dynamic';

/** Liveness and database status, for the organiser's checks and for monitoring. */
export function GET(): Response {
  let database: 'ok' | 'unavailable' = 'ok';
  try {
    routeDb().get(sql`select 1`);
  } catch {
    database = 'unavailable';
  }
  const ok = database === 'ok';
  return Response.json({ status: ok ? 'ok' : 'error', version: packageJson.version, database }, { status: ok ? 200 : 503 });
}

import { synthesisAccess, timeZoneOf } from '@/lib/server/deliverable-access';
import { sessionSynthesisBody } from '@/lib/server/deliverable-files';
import { routeDb } from '@/lib/server/route-helpers';
import { safeDecode } from '@/lib/domain/safe-decode';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; key: string }> };

/**
 * The café's synthesis as the participants' page and the print page show it (JSON: see
 * lib/export/synthesis-page.ts). The session's synthesis key, then a participant token of the session
 * (`Authorization: Bearer`, once the café is closed) or the organiser's cookie.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, key } = await params;
  const db = routeDb();
  const access = synthesisAccess(db, request, safeDecode(id), safeDecode(key));
  if (!access.ok) return access.response;
  const zone = timeZoneOf(request);
  if (!zone.ok) return zone.response;
  const body = await sessionSynthesisBody(db, access.row, zone.timeZone);
  return new Response(body.json, { headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

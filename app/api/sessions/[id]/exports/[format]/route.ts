import { fileResponse, organiserAccess, refusal, timeZoneOf } from '@/lib/server/deliverable-access';
import { isOrganiserFile, ORGANISER_FILES, sessionFile } from '@/lib/server/deliverable-files';
import { routeDb } from '@/lib/server/route-helpers';
import { safeDecode } from '@/lib/domain/safe-decode';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; format: string }> };

/**
 * The organiser's downloads of a session, at any stage (before the close, a draft of the work so
 * far): docx, xlsx, csv, md, json (the archive), svg and png (the matrix), template (the session as a
 * template, without its results). `?tz=` the café's time zone. 401 without the sign-in cookie, 404
 * for an unknown session or format, 400 for an unknown time zone.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, format } = await params;
  const db = routeDb();
  const access = organiserAccess(db, request, safeDecode(id));
  if (!access.ok) return access.response;
  if (!isOrganiserFile(format)) return refusal(404, 'not-found', `no such file; one of: ${ORGANISER_FILES.join(', ')}`);
  const zone = timeZoneOf(request);
  if (!zone.ok) return zone.response;
  const built = await sessionFile(db, access.row, format, zone.timeZone);
  return built.ok ? fileResponse(built.file) : built.response;
}

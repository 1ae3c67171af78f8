import { fileResponse, refusal, synthesisAccess, timeZoneOf } from '@/lib/server/deliverable-access';
import { isOrganiserFile, isParticipantFile, PARTICIPANT_FILES, sessionFile } from '@/lib/server/deliverable-files';
import { routeDb } from '@/lib/server/route-helpers';
import { safeDecode } from '@/lib/domain/safe-decode';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ id: string; key: string; format: string }> };

/**
 * The participants' downloads of the synthesis: docx and md, with the same access as the page. The
 * organiser's other files (the backlog, the notes, the archive) are refused here with 403: they are
 * only at /api/sessions/<id>/exports/<format>, behind the sign-in.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, key, format } = await params;
  const db = routeDb();
  const access = synthesisAccess(db, request, safeDecode(id), safeDecode(key));
  if (!access.ok) return access.response;
  if (!isParticipantFile(format)) {
    return isOrganiserFile(format)
      ? refusal(403, 'forbidden', `only the organiser downloads this file; the participants' files are: ${PARTICIPANT_FILES.join(', ')}`)
      : refusal(404, 'not-found', `no such file; one of: ${PARTICIPANT_FILES.join(', ')}`);
  }
  const zone = timeZoneOf(request);
  if (!zone.ok) return zone.response;
  const built = await sessionFile(db, access.row, format, zone.timeZone);
  return built.ok ? fileResponse(built.file) : built.response;
}

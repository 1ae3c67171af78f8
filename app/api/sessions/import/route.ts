import { importCafeRecord } from '@/db/queries/cafe-import';
import { isOrganiserRequest } from '@/lib/auth/organiser-auth';
import { ARCHIVE_MAX_CHARS, parseCafeArchive } from '@/lib/export/cafe-archive';
import { checkRecordDraft } from '@/lib/export/session-draft';
import { refusal } from '@/lib/server/deliverable-access';
import { readBodyText } from '@/lib/server/read-body';
import { isSameOrigin, routeDb } from '@/lib/server/route-helpers';
import { noteStorageFailure } from '@/lib/server/storage-status';

export const dynamic = 'force-dynamic';

/**
 * Import: the body is a JSON archive (`…-archive.json`) or a template (`…-template.json`). A café
 * becomes a new closed session with all its results, a template a new prepared session in the lobby
 * (new ids, join code and keys either way): 201 `{ sessionId, stage }`. A file that is too big (413),
 * not JSON, of another format or version, too deeply nested or invalid (400, `archive` says which,
 * `issues` lists the problems by their path) creates nothing. The signed-in organiser only (401),
 * from this site's pages only (403).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return refusal(403, 'forbidden', 'cross-site request refused');
  const db = routeDb();
  if (!isOrganiserRequest(db, request.headers.get('cookie') ?? undefined, Date.now())) return refusal(401, 'unauthorised', 'sign in as organiser to import');
  const body = await readBodyText(request, ARCHIVE_MAX_CHARS);
  if (!body.ok) {
    return body.reason === 'too-big'
      ? refusal(413, 'invalid-payload', `The file is too big (at most ${ARCHIVE_MAX_CHARS / 1024 / 1024} MB).`, { archive: 'too-big', issues: [] })
      : refusal(400, 'invalid-payload', 'The file is not text in UTF-8: it is not a Tournée archive.', { archive: 'not-json', issues: [] });
  }
  const parsed = parseCafeArchive(body.text);
  if (!parsed.ok) return refusal(parsed.code === 'too-big' ? 413 : 400, 'invalid-payload', parsed.message, { archive: parsed.code, issues: parsed.issues });
  const checked = checkRecordDraft(parsed.record);
  if (!checked.ok) return refusal(400, 'invalid-payload', checked.message, { archive: 'invalid', issues: checked.issues });
  try {
    const created = db.transaction((tx) => importCafeRecord(tx, parsed.record, checked.draft, Date.now()));
    console.info(`[import] ${parsed.record.kind} "${parsed.record.session.title}" imported as session ${created.sessionId} (${created.stage})`);
    return Response.json(created, { status: 201 });
  } catch (error) {
    if (noteStorageFailure(error)) return refusal(507, 'storage-full', 'no space left to store the imported café');
    throw error;
  }
}

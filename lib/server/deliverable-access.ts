/**
 * Who may download what, for the deliverables' routes. The organiser's files (every format) need the
 * organiser's sign-in cookie. The participants' synthesis needs the session's synthesis key in the
 * address and either the organiser's cookie or a participant token of that session (sent as
 * `Authorization: Bearer <token>`: it lives in the phone's storage, never in a cookie or an address),
 * and opens to participants at the close. Refusals are answered here, with a code and a message.
 */
import type { Db } from '@/db/client';
import { getParticipantByTokenHash } from '@/db/queries/participants';
import { getSessionRow, type SessionRow } from '@/db/queries/sessions';
import { isOrganiserRequest } from '@/lib/auth/organiser-auth';
import { isSynthesisKey } from '@/lib/auth/synthesis-key';
import { hashToken } from '@/lib/auth/tokens';
import type { ErrorCode } from '@/lib/realtime/contract';

export type Reader = { role: 'organiser' } | { role: 'participant'; participantId: string };

type Access = { ok: true; row: SessionRow; reader: Reader } | { ok: false; response: Response };

/** A refusal as every route of the app words it: `{ code, message }`, never cached. */
export function refusal(status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ code, message, ...extra }, { status, headers: { 'cache-control': 'no-store' } });
}

/** The bearer token of a request, or null (none, or not the shape of a token). */
export function bearerToken(request: Request): string | null {
  return /^Bearer ([A-Za-z0-9_-]{1,128})$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;
}

/** The organiser's files: the signed-in organiser, and a session that exists. */
export function organiserAccess(db: Db, request: Request, sessionId: string): Access {
  if (!isOrganiserRequest(db, request.headers.get('cookie') ?? undefined, Date.now())) {
    return { ok: false, response: refusal(401, 'unauthorised', 'sign in as organiser to download the deliverables') };
  }
  const row = getSessionRow(db, sessionId);
  if (!row) return { ok: false, response: refusal(404, 'not-found', 'no such session') };
  return { ok: true, row, reader: { role: 'organiser' } };
}

/**
 * The participants' synthesis: the key must be the session's (otherwise nothing says the session
 * exists), then the organiser, or a participant of this session once the café is closed.
 */
export function synthesisAccess(db: Db, request: Request, sessionId: string, key: string): Access {
  const row = getSessionRow(db, sessionId);
  if (!row || !isSynthesisKey(key, row.id, row.screenKey)) return { ok: false, response: refusal(404, 'not-found', 'no synthesis at this address') };
  if (isOrganiserRequest(db, request.headers.get('cookie') ?? undefined, Date.now())) return { ok: true, row, reader: { role: 'organiser' } };
  const token = bearerToken(request);
  const participant = token === null ? null : getParticipantByTokenHash(db, hashToken(token));
  if (!participant || participant.sessionId !== row.id) {
    return { ok: false, response: refusal(401, 'unauthorised', "the café's synthesis is for its participants: open it on the phone you joined with") };
  }
  if (row.stage !== 'closed') return { ok: false, response: refusal(403, 'wrong-phase', "the café's synthesis opens when the organiser closes the café") };
  return { ok: true, row, reader: { role: 'participant', participantId: participant.id } };
}

const ZONE = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/**
 * The café's time zone for dates in the files: `?tz=Europe/Paris` (the browser's), else the server's
 * own (the venue laptop's). An unknown zone is a 400, not a guess.
 */
export function timeZoneOf(request: Request): { ok: true; timeZone: string } | { ok: false; response: Response } {
  const asked = new URL(request.url).searchParams.get('tz');
  const timeZone = asked ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  try {
    if (!ZONE.test(timeZone)) throw new RangeError(timeZone);
    new Intl.DateTimeFormat('en', { timeZone });
    return { ok: true, timeZone };
  } catch {
    return { ok: false, response: refusal(400, 'invalid-payload', `unknown time zone "${timeZone.slice(0, 64)}" (expected e.g. Europe/Paris)`) };
  }
}

/** A file to download: its name (already safe: letters, digits, hyphens), its type, never cached. */
export function fileResponse(file: { fileName: string; mediaType: string; body: Buffer }): Response {
  return new Response(new Uint8Array(file.body), {
    headers: {
      'content-type': file.mediaType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'content-length': String(file.body.length),
      'cache-control': 'no-store',
    },
  });
}

import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret in the participants' synthesis address (`/synthesis/<session id>/<key>`): derived from
 * the session's projector key, which never leaves the server and the projector, so that no column is
 * needed and a new projector key would make a new address. 128 bits, URL-safe; knowing it tells
 * nothing of the projector key. The address alone opens nothing: the page also needs the participant's
 * token of that session or the organiser's sign-in (docs/exports.md, "The participants' synthesis").
 */
export function synthesisKey(sessionId: string, screenKey: string): string {
  return createHmac('sha256', screenKey).update(`tournee-synthesis:${sessionId}`).digest('base64url').slice(0, 22);
}

/** Whether `candidate` is the session's synthesis key (compared in constant time). */
export function isSynthesisKey(candidate: string, sessionId: string, screenKey: string): boolean {
  const expected = Buffer.from(synthesisKey(sessionId, screenKey));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The synthesis page's path for a session. */
export function synthesisPath(sessionId: string, screenKey: string): string {
  return `/synthesis/${encodeURIComponent(sessionId)}/${synthesisKey(sessionId, screenKey)}`;
}

import { randomUUID } from 'node:crypto';
import { getParticipantByTokenHash } from '@/db/queries/participants';
import { getSessionRow, getSessionRowByCode, getSessionRowByScreenKey } from '@/db/queries/sessions';
import { organiserSignIn } from '@/lib/auth/organiser-auth';
import { hashToken } from '@/lib/auth/tokens';
import { normaliseJoinCode } from '@/lib/domain/join-code';
import { handshakeSchema, PROTOCOL_VERSION } from '@/lib/realtime/contract';
import { CommandError } from './command-error';
import type { RealtimeDeps } from './deps';

/** Who is on the other end of a socket, decided at the handshake (never from a payload). */
export type Identity =
  /** `signIn`: the hash of the sign-in cookie's token (a sign-out or its expiry ends the socket). */
  | { role: 'organiser'; sessionId: string | null; signIn: { tokenHash: string; expiresAt: number } }
  | { role: 'screen'; sessionId: string }
  /** `device`: the phone's device id, or this connection's own when it sent none (its join retries are recognised on this connection only). */
  | { role: 'guest'; sessionId: string; device: string }
  | { role: 'participant'; sessionId: string; participantId: string };

/** Decides who a connecting socket is, from its handshake only. Throws CommandError to refuse it. */
export function identify(deps: RealtimeDeps, auth: unknown, cookieHeader: string | undefined): Identity {
  const parsed = handshakeSchema.safeParse(auth);
  if (!parsed.success) throw new CommandError('invalid-payload', 'malformed handshake');
  const hs = parsed.data;
  if (hs.protocol !== PROTOCOL_VERSION) {
    throw new CommandError('bad-protocol', `protocol ${hs.protocol} is not supported; this server speaks ${PROTOCOL_VERSION}`);
  }
  const { db } = deps;

  if (hs.screenKey !== undefined) {
    const row = getSessionRowByScreenKey(db, hs.screenKey);
    if (!row) throw new CommandError('not-found', 'no session has this view link');
    return { role: 'screen', sessionId: row.id };
  }

  if (hs.joinCode !== undefined) {
    const row = getSessionRowByCode(db, normaliseJoinCode(hs.joinCode));
    if (!row) throw new CommandError('not-found', 'no session has this code');
    if (hs.participantToken === undefined) return { role: 'guest', sessionId: row.id, device: hs.deviceId ?? `connection:${randomUUID()}` };
    const participant = getParticipantByTokenHash(db, hashToken(hs.participantToken));
    if (!participant || participant.sessionId !== row.id) throw new CommandError('unauthorised', 'unknown participant token');
    return { role: 'participant', sessionId: row.id, participantId: participant.id };
  }

  const signIn = organiserSignIn(db, cookieHeader, deps.clock.now());
  if (!signIn) throw new CommandError('unauthorised', 'sign in as organiser');
  if (hs.sessionId === undefined) return { role: 'organiser', sessionId: null, signIn };
  if (!getSessionRow(db, hs.sessionId)) throw new CommandError('not-found', 'session not found');
  return { role: 'organiser', sessionId: hs.sessionId, signIn };
}

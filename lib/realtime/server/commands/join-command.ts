import { randomUUID } from 'node:crypto';
import type { Tx } from '@/db/client';
import { countWaiting, deleteJoinRequests, insertJoinRequest, joinRequestOf } from '@/db/queries/join-requests';
import { countInSession, getParticipant, insertParticipant, setParticipantTokenHash } from '@/db/queries/participants';
import { replaceReceipt } from '@/db/queries/receipts';
import { getSessionRow } from '@/db/queries/sessions';
import { hashToken, randomToken } from '@/lib/auth/tokens';
import { decideJoin } from '@/lib/domain/admission';
import { joinSchema, type JoinResult } from '@/lib/realtime/contract';
import { admissionOf } from '@/lib/realtime/server/admission';
import { guest } from '@/lib/realtime/server/auth';
import { actorOf, declareCommand, replayed, type Decided, type Services } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import type { RealtimeSocket } from '@/lib/realtime/server/deps';
import { commandFingerprint } from '@/lib/realtime/server/fingerprint';
import { rooms } from '@/lib/realtime/server/rooms';
import { joinRooms, sendSnapshot } from '@/lib/realtime/server/join-rooms';

type JoinReceipt = { participantId: string };

const JOIN_REFUSALS = {
  'session-closed': 'this session has ended',
  'doors-closed': 'the organiser has closed the doors: nobody more may join',
  'session-full': 'this session is full',
  'too-many': 'too many people are waiting to be let in: try again in a minute',
} as const;

function isJoinReceipt(value: unknown): value is JoinReceipt {
  return typeof value === 'object' && value !== null && 'participantId' in value && typeof value.participantId === 'string';
}

/** A fresh token for someone who joined before (only its hash is kept; the earlier one stops working). */
function reissueToken(tx: Tx, participantId: string): string {
  const token = randomToken();
  setParticipantTokenHash(tx, participantId, hashToken(token));
  return token;
}

/** After the commit, the socket is this participant: its identity, rooms and snapshot follow. */
function joinAs(
  joined: { participantId: string; token: string; isNew: boolean },
  socket: RealtimeSocket,
  services: Services,
  sessionId: string,
): Decided<JoinResult> {
  const { participantId, token, isNew } = joined;
  return {
    result: { status: 'joined', participantToken: token, participantId },
    afterCommit: () => {
      const before = socket.data.identity;
      if (before.role === 'guest') void socket.leave(rooms.device(sessionId, before.device));
      void socket.leave(rooms.guests(sessionId));
      socket.data.identity = { role: 'participant', sessionId, participantId };
      // Their own room, and their table's if they have one (someone back whose first join's ack was lost may have been seated meanwhile).
      joinRooms(socket, socket.data.identity, services.deps);
      if (isNew) services.broadcaster.joined(sessionId, participantId);
      sendSnapshot(socket, services);
    },
  };
}

/**
 * A phone without a token joins with a display name, if the doors and the capacity let it in (or
 * asks to, when the doors wait for the organiser's approval). The token is returned once and only
 * its hash is kept. A retried join — the same commandId from the same device — gets the same
 * participant back with a fresh token, never a second participant; another device's join is never
 * taken for a retry (receipts are filed per device), and the same commandId with another name is a
 * `conflict`.
 */
export const joinCommand = declareCommand({
  event: 'participant:join',
  auth: guest,
  schema: joinSchema,
  throttle: (socket, { joinLimiter }, now) => {
    const { identity } = socket.data;
    if (identity.role !== 'guest') return null;
    const admitted = joinLimiter.admit(socket.handshake.address, identity.sessionId, now);
    if (admitted.ok) return null;
    return new CommandError('rate-limited', 'many people are joining at once: try again in a moment', undefined, undefined, admitted.retryAfterMs);
  },
  run: ({ commandId, displayName, groupLabel }, { tx, actor: { sessionId, device }, identity, now, socket, services }) => {
    const { broadcaster } = services;
    const receiptActor = actorOf(identity);
    const fingerprint = commandFingerprint('participant:join', { displayName, groupLabel });
    const previous = replayed(tx, receiptActor, commandId, fingerprint);
    if (previous && isJoinReceipt(previous.result) && getParticipant(tx, previous.result.participantId))
      return joinAs(
        { participantId: previous.result.participantId, token: reissueToken(tx, previous.result.participantId), isNew: false },
        socket,
        services,
        sessionId,
      );

    const request = joinRequestOf(tx, sessionId, device);
    if (request?.status === 'approved' && request.participantId && getParticipant(tx, request.participantId)) {
      // Let in by the organiser: the phone comes back for its token.
      deleteJoinRequests(tx, [request.id]);
      replaceReceipt(tx, receiptActor, commandId, fingerprint, { participantId: request.participantId } satisfies JoinReceipt, now);
      return joinAs({ participantId: request.participantId, token: reissueToken(tx, request.participantId), isNew: false }, socket, services, sessionId);
    }
    if (request?.status === 'waiting') {
      if (request.commandId === commandId && request.fingerprint !== fingerprint)
        throw new CommandError('conflict', 'this commandId was already used with another name: make a new one');
      return { result: { status: 'waiting' as const } };
    }
    if (request) deleteJoinRequests(tx, [request.id]); // approved, then removed before the phone came back

    const row = getSessionRow(tx, sessionId);
    if (!row) throw new CommandError('not-found', 'session not found');
    const decision = decideJoin({
      sessionClosed: row.stage === 'closed',
      doors: row.doors,
      participants: countInSession(tx, sessionId),
      waiting: row.doors === 'approval' ? countWaiting(tx, sessionId) : 0,
      capacity: admissionOf(tx, row).capacity,
    });
    if (decision.kind === 'refuse') throw new CommandError(decision.code, JOIN_REFUSALS[decision.code]);
    if (decision.kind === 'wait') {
      insertJoinRequest(tx, { id: randomUUID(), sessionId, device, commandId, fingerprint, displayName, groupLabel: groupLabel || null, requestedAt: now });
      return { result: { status: 'waiting' as const }, afterCommit: () => broadcaster.request(sessionId, [device], 'waiting') };
    }
    const participantId = randomUUID();
    const token = randomToken();
    insertParticipant(tx, { id: participantId, sessionId, tokenHash: hashToken(token), displayName, groupLabel: groupLabel || null, joinedAt: now });
    // Replaces the receipt of a participant removed since (the same join sent again).
    replaceReceipt(tx, receiptActor, commandId, fingerprint, { participantId } satisfies JoinReceipt, now);
    return joinAs({ participantId, token, isNew: true }, socket, services, sessionId);
  },
});

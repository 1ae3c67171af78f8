import { randomUUID } from 'node:crypto';
import { getParticipant, insertParticipant, setParticipantTokenHash } from '@/db/queries/participants';
import { findReceipt, storeReceipt } from '@/db/queries/receipts';
import { getSessionRow } from '@/db/queries/sessions';
import { hashToken, randomToken } from '@/lib/auth/tokens';
import { joinSchema } from '@/lib/realtime/contract';
import { guest } from '@/lib/realtime/server/auth';
import { actorOf, declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { rooms } from '@/lib/realtime/server/rooms';
import { buildSnapshot } from '@/lib/realtime/server/snapshot';

type JoinReceipt = { participantId: string };

function isJoinReceipt(value: unknown): value is JoinReceipt {
  return typeof value === 'object' && value !== null && 'participantId' in value && typeof value.participantId === 'string';
}

/**
 * A phone without a token joins with a display name. The token is returned once and only its hash
 * is kept; a retried join (same commandId, e.g. after a lost ack) gets the same participant back
 * with a fresh token, never a second participant.
 */
export const joinCommand = declareCommand({
  event: 'participant:join',
  auth: guest,
  schema: joinSchema,
  run: ({ commandId, displayName, groupLabel }, { tx, actor: { sessionId }, identity, now, socket, services }) => {
    const token = randomToken();
    const tokenHash = hashToken(token);
    const receiptActor = actorOf(identity);
    const previous = findReceipt(tx, receiptActor, commandId);
    let participantId: string;
    let isNew = false;
    if (isJoinReceipt(previous) && getParticipant(tx, previous.participantId)) {
      participantId = previous.participantId;
      setParticipantTokenHash(tx, participantId, tokenHash);
    } else {
      const row = getSessionRow(tx, sessionId);
      if (!row) throw new CommandError('not-found', 'session not found');
      if (row.stage === 'closed') throw new CommandError('session-closed', 'this session has ended');
      participantId = randomUUID();
      insertParticipant(tx, { id: participantId, sessionId, tokenHash, displayName, groupLabel: groupLabel || null, joinedAt: now });
      isNew = true;
      storeReceipt(tx, receiptActor, commandId, { participantId } satisfies JoinReceipt, now);
    }
    return {
      result: { participantToken: token, participantId },
      afterCommit: () => {
        // The socket is this participant from now on.
        socket.data.identity = { role: 'participant', sessionId, participantId };
        void socket.join(rooms.participant(participantId));
        if (isNew) services.broadcaster.joined(sessionId, participantId);
        socket.emit('session:snapshot', buildSnapshot(services.deps, services.deps.db, socket.data.identity));
      },
    };
  },
});

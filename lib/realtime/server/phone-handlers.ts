import { randomUUID } from 'node:crypto';
import { appendEvent } from '@/db/queries/events';
import { getParticipant, insertParticipant, setParticipantTokenHash, toParticipantView } from '@/db/queries/participants';
import { findReceipt, storeReceipt } from '@/db/queries/receipts';
import { countParticipants, getSessionRow } from '@/db/queries/sessions';
import { hashToken, randomToken } from '@/lib/auth/tokens';
import { joinSchema } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { actorOf, onCommand, type CommandContext } from './command';
import { buildSnapshot } from './snapshot';
import { CommandError, rooms, type RealtimeSocket } from './types';

type JoinReceipt = { participantId: string };

function isJoinReceipt(value: unknown): value is JoinReceipt {
  return typeof value === 'object' && value !== null && 'participantId' in value && typeof value.participantId === 'string';
}

/**
 * A phone without a token joins with a display name. The token is returned once and only its hash
 * is kept; a retried join (same commandId, e.g. after a lost ack) gets the same participant back
 * with a fresh token, never a second participant.
 */
export function registerPhoneHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster): void {
  onCommand(
    socket,
    'participant:join',
    {
      allow: (identity) => identity.role === 'guest',
      schema: joinSchema,
      run: ({ commandId, displayName, groupLabel }, { tx, identity, now }) => {
        const sessionId = identity.sessionId;
        if (sessionId === null) throw new CommandError('not-found');
        const token = randomToken();
        const tokenHash = hashToken(token);
        const actor = actorOf(identity);
        const previous = findReceipt(tx, actor, commandId);
        let participantId: string;
        let seq: number | null = null;
        if (isJoinReceipt(previous) && getParticipant(tx, previous.participantId)) {
          participantId = previous.participantId;
          setParticipantTokenHash(tx, participantId, tokenHash);
        } else {
          const row = getSessionRow(tx, sessionId);
          if (!row) throw new CommandError('not-found', 'session not found');
          if (row.stage === 'closed') throw new CommandError('session-closed', 'this session has ended');
          participantId = randomUUID();
          insertParticipant(tx, { id: participantId, sessionId, tokenHash, displayName, groupLabel: groupLabel || null, joinedAt: now });
          seq = appendEvent(tx, sessionId, 'participant-joined', { participantId }, now);
          storeReceipt(tx, actor, commandId, { participantId } satisfies JoinReceipt, now);
        }
        const participant = getParticipant(tx, participantId);
        const count = countParticipants(tx, sessionId);
        return {
          result: { participantToken: token, participantId },
          broadcast: () => {
            socket.data.identity = { role: 'participant', sessionId, participantId };
            void socket.join(rooms.participant(participantId));
            if (seq !== null && participant) broadcaster.joined(sessionId, seq, toParticipantView(participant), count);
            socket.emit('session:snapshot', buildSnapshot(ctx.deps, socket.data.identity));
          },
        };
      },
    },
    ctx,
  );
}

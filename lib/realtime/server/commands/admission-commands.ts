import { randomUUID } from 'node:crypto';
import { setAdmission } from '@/db/queries/admission';
import { deleteJoinRequests, markApproved, waitingByIds } from '@/db/queries/join-requests';
import { countInSession, insertParticipant } from '@/db/queries/participants';
import { getSessionRow } from '@/db/queries/sessions';
import { hashToken, randomToken } from '@/lib/auth/tokens';
import { canApprove } from '@/lib/domain/admission';
import { admissionDecideSchema, admissionUpdateSchema } from '@/lib/realtime/contract';
import { admissionOf } from '@/lib/realtime/server/admission';
import { sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';

/** The organiser opens or closes the doors (or makes new people wait for approval), and sets the expected head count the capacity follows. */
export const admissionUpdateCommand = declareCommand({
  event: 'admission:update',
  auth: sessionOrganiser,
  schema: admissionUpdateSchema,
  idempotent: true,
  run: ({ doors, expectedPeople }, { tx, actor: session, now, services: { broadcaster } }) => {
    const sessionId = session.row.id;
    setAdmission(tx, sessionId, { ...(doors !== undefined ? { doors } : {}), ...(expectedPeople !== undefined ? { expectedPeople } : {}) }, now);
    const row = getSessionRow(tx, sessionId);
    if (!row) throw new CommandError('not-found', 'session not found');
    return { result: { admission: admissionOf(tx, row) }, afterCommit: () => broadcaster.admission(sessionId) };
  },
});

/**
 * The organiser lets people waiting at the doors in, or not. Let in, each becomes a participant at
 * once (counted, listed); their phone is told and comes back for its token with the same join.
 */
export const admissionDecideCommand = declareCommand({
  event: 'admission:decide',
  auth: sessionOrganiser,
  schema: admissionDecideSchema,
  idempotent: true,
  run: ({ requestIds, approve }, { tx, actor: session, now, services: { broadcaster } }) => {
    const sessionId = session.row.id;
    const requests = waitingByIds(tx, sessionId, requestIds);
    if (!requests) throw new CommandError('not-found', 'someone in this list is no longer waiting');
    const devices = requests.map((r) => r.device);
    if (!approve) {
      deleteJoinRequests(
        tx,
        requests.map((r) => r.id),
      );
      return { result: { decided: requests.length }, afterCommit: () => broadcaster.request(sessionId, devices, 'refused') };
    }
    if (session.live.stage.kind === 'closed') throw new CommandError('session-closed', 'this session has ended');
    if (!canApprove(countInSession(tx, sessionId), requests.length, admissionOf(tx, session.row).capacity))
      throw new CommandError('session-full', 'the session is full: raise the expected head count first');
    const joined: string[] = [];
    for (const request of requests) {
      const participantId = randomUUID();
      // The token is made when the phone comes back for it; until then no token opens this participant.
      insertParticipant(tx, {
        id: participantId,
        sessionId,
        tokenHash: hashToken(randomToken()),
        displayName: request.displayName,
        groupLabel: request.groupLabel,
        joinedAt: now,
      });
      markApproved(tx, request.id, participantId);
      joined.push(participantId);
    }
    return {
      result: { decided: requests.length },
      afterCommit: () => {
        for (const participantId of joined) broadcaster.joined(sessionId, participantId);
        broadcaster.request(sessionId, devices, 'approved');
      },
    };
  },
});

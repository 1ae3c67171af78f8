import { randomUUID } from 'node:crypto';
import { appendEvent } from '@/db/queries/events';
import { deleteSession, getSessionRow, getSessionRowByCode, insertSession, listSessions, loadConfig, updateSessionDraft, type Tx } from '@/db/queries/sessions';
import { randomJoinCode, randomToken } from '@/lib/auth/tokens';
import type { ControlCommand } from '@/lib/domain/session-machine';
import { createSessionSchema, emptySchema, sessionRefSchema, updateSessionSchema, controlSchema, type SessionDraft } from '@/lib/realtime/contract';
import type { Broadcaster } from './broadcaster';
import { onCommand, type CommandContext } from './command';
import { applyControl } from './control';
import type { DeadlineScheduler } from './deadline-scheduler';
import { CommandError, type Identity, type RealtimeSocket } from './types';
import { boundOrganiser } from './view-context';

const isOrganiser = (identity: Identity) => identity.role === 'organiser';

function uniqueJoinCode(tx: Tx): string {
  for (;;) {
    const code = randomJoinCode();
    if (!getSessionRowByCode(tx, code)) return code;
  }
}

function createSession(tx: Tx, draft: SessionDraft, now: number): string {
  const id = randomUUID();
  insertSession(tx, { id, code: uniqueJoinCode(tx), screenKey: randomToken(18) }, draft, now);
  appendEvent(tx, id, 'created', { title: draft.title }, now);
  return id;
}

function requireSession(tx: Tx, sessionId: string) {
  const row = getSessionRow(tx, sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  return row;
}

/** Preparing sessions (list, create, edit, duplicate, delete) and driving the live one: organiser only. */
export function registerOrganiserHandlers(socket: RealtimeSocket, ctx: CommandContext, broadcaster: Broadcaster, scheduler: DeadlineScheduler): void {
  onCommand(socket, 'session:list', { allow: isOrganiser, schema: emptySchema, run: (_input, { tx }) => ({ result: { sessions: listSessions(tx) } }) }, ctx);

  onCommand(
    socket,
    'session:create',
    {
      allow: isOrganiser,
      schema: createSessionSchema,
      idempotent: true,
      run: ({ draft }, { tx, now }) => ({ result: { sessionId: createSession(tx, draft, now) } }),
    },
    ctx,
  );

  onCommand(
    socket,
    'session:update',
    {
      allow: isOrganiser,
      schema: updateSessionSchema,
      idempotent: true,
      run: ({ sessionId, draft }, { tx, now }) => {
        const row = requireSession(tx, sessionId);
        if (row.stage !== 'lobby') throw new CommandError('session-started', 'a session can be edited only until it starts');
        const unseated = updateSessionDraft(tx, sessionId, draft, now);
        const seq = appendEvent(tx, sessionId, 'config-updated', {}, now);
        const session = loadConfig(tx, requireSession(tx, sessionId));
        // Table names, colours and count may have changed: everyone's seating follows.
        const moves = unseated.map(({ participantId, from }) => ({ participantId, from, tableId: null }));
        const seatingSeq = appendEvent(tx, sessionId, 'seating', { moves: moves.map(({ participantId }) => ({ participantId, tableId: null })) }, now);
        return {
          result: {},
          broadcast: () => {
            broadcaster.updated(sessionId, seq, session);
            broadcaster.seating(sessionId, seatingSeq, moves);
            // The size limits change the preview's figures; a removed table takes its wishes with it.
            broadcaster.constraints(sessionId, true);
          },
        };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'session:duplicate',
    {
      allow: isOrganiser,
      schema: sessionRefSchema,
      idempotent: true,
      run: ({ sessionId }, { tx, now }) => {
        const { id: _id, code: _code, ...draft } = loadConfig(tx, requireSession(tx, sessionId));
        return { result: { sessionId: createSession(tx, draft, now) } };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'session:delete',
    {
      allow: isOrganiser,
      schema: sessionRefSchema,
      idempotent: true,
      run: ({ sessionId }, { tx }) => {
        const row = requireSession(tx, sessionId);
        deleteSession(tx, sessionId);
        return {
          result: {},
          broadcast: () => {
            scheduler.arm(sessionId, null);
            broadcaster.deleted(sessionId, row.seq + 1);
          },
        };
      },
    },
    ctx,
  );

  onCommand(
    socket,
    'session:control',
    {
      allow: boundOrganiser,
      schema: controlSchema,
      idempotent: true,
      run: (payload, { tx, identity, now }) => {
        if (identity.role !== 'organiser' || identity.sessionId === null) throw new CommandError('forbidden');
        const command: ControlCommand = payload.action === 'extend' ? { type: 'extend', ms: payload.ms } : { type: payload.action };
        const outcome = applyControl(tx, identity.sessionId, command, now);
        return {
          result: { seq: outcome.seq },
          broadcast: () => {
            broadcaster.state(outcome.sessionId, outcome.seq, outcome.live);
            broadcaster.tables(outcome.sessionId, outcome.tableIds);
            if (outcome.tableIds.length > 0) broadcaster.rotation(outcome.sessionId);
            scheduler.arm(outcome.sessionId, outcome.wakeAt);
          },
        };
      },
    },
    ctx,
  );
}

import { randomUUID } from 'node:crypto';
import type { Tx } from '@/db/client';
import { appendEvent } from '@/db/queries/events';
import { deleteSession, getSessionRow, getSessionRowByCode, insertSession, listSessions, loadConfig, updateSessionDraft } from '@/db/queries/sessions';
import { randomJoinCode, randomToken } from '@/lib/auth/tokens';
import type { ControlCommand } from '@/lib/domain/session-machine';
import { controlSchema, createSessionSchema, emptySchema, sessionRefSchema, updateSessionSchema, type SessionDraft } from '@/lib/realtime/contract';
import { organiser, sessionOrganiser } from '@/lib/realtime/server/auth';
import { declareCommand } from '@/lib/realtime/server/command';
import { CommandError } from '@/lib/realtime/server/command-error';
import { announceControl, applyControl } from '@/lib/realtime/server/session-control';

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

export const listCommand = declareCommand({
  event: 'session:list',
  auth: organiser,
  schema: emptySchema,
  run: (_input, { tx }) => ({ result: { sessions: listSessions(tx) } }),
});

export const createCommand = declareCommand({
  event: 'session:create',
  auth: organiser,
  schema: createSessionSchema,
  idempotent: true,
  run: ({ draft }, { tx, now }) => ({ result: { sessionId: createSession(tx, draft, now) } }),
});

/** Edits a prepared session; everyone's seating follows (a removed table unseats its people). */
export const updateCommand = declareCommand({
  event: 'session:update',
  auth: organiser,
  schema: updateSessionSchema,
  idempotent: true,
  run: ({ sessionId, draft }, { tx, now, services: { broadcaster, previews } }) => {
    const row = requireSession(tx, sessionId);
    if (row.stage !== 'lobby') throw new CommandError('session-started', 'a session can be edited only until it starts');
    const unseated = updateSessionDraft(tx, sessionId, draft, now);
    const seq = appendEvent(tx, sessionId, 'config-updated', {}, now);
    const session = loadConfig(tx, requireSession(tx, sessionId));
    const moves = unseated.map(({ participantId, from }) => ({ participantId, from, tableId: null }));
    return {
      result: {},
      afterCommit: () => {
        broadcaster.updated(sessionId, seq, session);
        broadcaster.seats(sessionId, moves);
        broadcaster.hosts(sessionId);
        // The size limits change the preview; a removed table takes its wishes with it.
        broadcaster.constraints(sessionId);
        previews.replan(sessionId);
        // The tables and their maximum make the capacity (when no head count is expected).
        broadcaster.admission(sessionId);
      },
    };
  },
});

export const duplicateCommand = declareCommand({
  event: 'session:duplicate',
  auth: organiser,
  schema: sessionRefSchema,
  idempotent: true,
  run: ({ sessionId }, { tx, now }) => {
    const { id: _id, code: _code, ...draft } = loadConfig(tx, requireSession(tx, sessionId));
    return { result: { sessionId: createSession(tx, draft, now) } };
  },
});

export const deleteCommand = declareCommand({
  event: 'session:delete',
  auth: organiser,
  schema: sessionRefSchema,
  idempotent: true,
  run: ({ sessionId }, { tx, services: { broadcaster, scheduler } }) => {
    const row = requireSession(tx, sessionId);
    deleteSession(tx, sessionId);
    return {
      result: {},
      afterCommit: () => {
        scheduler.arm(sessionId, null);
        broadcaster.deleted(sessionId, row.seq + 1);
      },
    };
  },
});

/** Start, pause, resume, next, back, +1/+5 min: the organiser drives the session. */
export const controlCommand = declareCommand({
  event: 'session:control',
  auth: sessionOrganiser,
  schema: controlSchema,
  idempotent: true,
  run: (payload, { tx, actor: session, now, services: { deps, broadcaster, scheduler } }) => {
    const command: ControlCommand = payload.action === 'extend' ? { type: 'extend', ms: payload.ms } : { type: payload.action };
    const outcome = applyControl(tx, session, command, now);
    return { result: { seq: outcome.seq }, afterCommit: () => announceControl(outcome, deps, broadcaster, scheduler) };
  },
});

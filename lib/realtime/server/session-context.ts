import type { Queryable } from '@/db/client';
import { getSessionRow, liveOf, loadPlan, type SessionRow } from '@/db/queries/sessions';
import type { LiveState, SessionPlan } from '@/lib/domain/session-machine';
import { CommandError } from './command-error';
import type { ViewContext } from './table-view';

/** A session as commands and views need it, read once per command. */
export type SessionContext = { row: SessionRow; live: LiveState; plan: SessionPlan; roundCount: number; view: ViewContext };

/** The session as the handlers and views need it; refuses with not-found. */
export function requireSessionContext(db: Queryable, sessionId: string): SessionContext {
  const row = getSessionRow(db, sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  const live = liveOf(row);
  const plan = loadPlan(db, row);
  const roundCount = plan.rounds.length;
  return { row, live, plan, roundCount, view: { stage: live.stage, roundCount, anonymous: row.anonymous } };
}

import type { Db } from '@/db/client';
import { getSessionRow, liveOf, loadPlan, type SessionRow, type Tx } from '@/db/queries/sessions';
import type { LiveState, SessionPlan } from '@/lib/domain/session-machine';
import { CommandError, type Identity } from './types';
import type { ViewContext } from './table-view';

export type SessionContext = { row: SessionRow; live: LiveState; plan: SessionPlan; roundCount: number; view: ViewContext };

/** The session as the handlers and views need it; refuses with not-found. */
export function requireSessionContext(db: Db | Tx, sessionId: string): SessionContext {
  const row = getSessionRow(db, sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  const live = liveOf(row);
  const plan = loadPlan(db, row);
  const roundCount = plan.rounds.length;
  return { row, live, plan, roundCount, view: { stage: live.stage, roundCount, anonymous: row.anonymous } };
}

/** An organiser's socket opened on one session (the console of that session). */
export const boundOrganiser = (identity: Identity): boolean => identity.role === 'organiser' && identity.sessionId !== null;

/** The session of an organiser's socket; refuses anyone else with forbidden. */
export function organiserSession(tx: Tx, identity: Identity): SessionContext {
  if (identity.role !== 'organiser' || identity.sessionId === null) throw new CommandError('forbidden');
  return requireSessionContext(tx, identity.sessionId);
}

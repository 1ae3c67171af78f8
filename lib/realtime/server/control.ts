import { autoAdvanceAt, decide, type ControlCommand, type LiveState } from '../../domain/session-machine';
import { appendEvent } from '../../../db/queries/events';
import { getSessionRow, liveOf, loadPlan, saveLive, type Tx } from '../../../db/queries/sessions';
import { CommandError } from './types';

export type ControlOutcome = { sessionId: string; seq: number; live: LiveState; wakeAt: number | null };

/** Decides a control command against the stored state and persists the result (inside `tx`). */
export function applyControl(tx: Tx, sessionId: string, command: ControlCommand, now: number): ControlOutcome {
  const row = getSessionRow(tx, sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  const plan = loadPlan(tx, row);
  const decision = decide(liveOf(row), command, plan, now);
  if (!decision.ok) throw new CommandError(decision.code);
  saveLive(tx, sessionId, decision.state, now);
  const seq = appendEvent(tx, sessionId, 'state', { command, events: decision.events }, now);
  return { sessionId, seq, live: decision.state, wakeAt: autoAdvanceAt(decision.state, plan) };
}

import { autoAdvanceAt } from '@/lib/domain/session-machine';
import { getSessionRow, liveOf, loadPlan, sessionsWithRunningTimers } from '@/db/queries/sessions';
import type { Broadcaster } from './broadcaster';
import { applyControl } from './control';
import { CommandError, type RealtimeDeps } from './types';

/**
 * Wakes up at each auto-advance deadline and moves the session on, through the same path as an
 * organiser's "next". Deadlines live in the database, so a restarted server re-arms them all (and
 * applies at once any that passed while it was down).
 */
export function createDeadlineScheduler(deps: RealtimeDeps, broadcaster: Broadcaster) {
  const timers = new Map<string, NodeJS.Timeout>();

  function arm(sessionId: string, at: number | null): void {
    clearTimeout(timers.get(sessionId));
    timers.delete(sessionId);
    if (at === null) return;
    const delay = Math.max(0, at - deps.clock.now());
    timers.set(
      sessionId,
      setTimeout(() => fire(sessionId), delay),
    );
  }

  function fire(sessionId: string): void {
    timers.delete(sessionId);
    const now = deps.clock.now();
    try {
      const outcome = deps.db.transaction((tx) => applyControl(tx, sessionId, { type: 'deadline' }, now));
      broadcaster.state(sessionId, outcome.seq, outcome.live);
      broadcaster.tables(sessionId, outcome.tableIds);
      if (outcome.tableIds.length > 0) broadcaster.rotation(sessionId);
      arm(sessionId, outcome.wakeAt);
    } catch (error) {
      if (error instanceof CommandError && error.code === 'not-due') {
        rearmFromDatabase(sessionId);
        return;
      }
      if (error instanceof CommandError && error.code === 'not-found') return;
      (deps.logger ?? console).error('[realtime] auto-advance failed', error);
    }
  }

  function rearmFromDatabase(sessionId: string): void {
    const row = getSessionRow(deps.db, sessionId);
    if (row) arm(row.id, autoAdvanceAt(liveOf(row), loadPlan(deps.db, row)));
  }

  return {
    arm,
    /** Arms every stored deadline: call once at start. */
    armAll(): void {
      for (const row of sessionsWithRunningTimers(deps.db)) arm(row.id, autoAdvanceAt(liveOf(row), loadPlan(deps.db, row)));
    },
    close(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

export type DeadlineScheduler = ReturnType<typeof createDeadlineScheduler>;

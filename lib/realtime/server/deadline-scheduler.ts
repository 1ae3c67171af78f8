import { getSessionRow, liveOf, loadPlan, sessionsWithRunningTimers } from '@/db/queries/sessions';
import { autoAdvanceAt } from '@/lib/domain/session-machine';
import type { Broadcaster } from './broadcaster';
import { CommandError } from './command-error';
import type { RealtimeDeps } from './deps';
import { requireSessionContext } from './session-context';
import { announceControl, applyControl } from './session-control';

/** Where the scheduler's wake-ups come from: the real timers, or a test's fake ones. */
export type Timers = { setTimeout(callback: () => void, delayMs: number): unknown; clearTimeout(handle: unknown): void };

const realTimers: Timers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Wakes up at each auto-advance deadline and moves the session on, through the same path as an
 * organiser's "next". Deadlines live in the database, so a restarted server re-arms them all (and
 * applies at once any that passed while it was down).
 */
export function createDeadlineScheduler(deps: RealtimeDeps, broadcaster: Broadcaster, timers: Timers = realTimers) {
  const pending = new Map<string, unknown>();

  function arm(sessionId: string, at: number | null): void {
    if (pending.has(sessionId)) timers.clearTimeout(pending.get(sessionId));
    pending.delete(sessionId);
    if (at === null) return;
    const delay = Math.max(0, at - deps.clock.now());
    pending.set(
      sessionId,
      timers.setTimeout(() => fire(sessionId), delay),
    );
  }

  const scheduler = { arm, armAll, close };

  function fire(sessionId: string): void {
    pending.delete(sessionId);
    const now = deps.clock.now();
    try {
      const outcome = deps.db.transaction((tx) => applyControl(tx, requireSessionContext(tx, sessionId), { type: 'deadline' }, now));
      announceControl(outcome, deps, broadcaster, scheduler);
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

  /** Arms every stored deadline: call once at start. */
  function armAll(): void {
    for (const row of sessionsWithRunningTimers(deps.db)) arm(row.id, autoAdvanceAt(liveOf(row), loadPlan(deps.db, row)));
  }

  function close(): void {
    for (const handle of pending.values()) timers.clearTimeout(handle);
    pending.clear();
  }

  return scheduler;
}

export type DeadlineScheduler = ReturnType<typeof createDeadlineScheduler>;

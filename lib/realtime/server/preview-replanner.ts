/**
 * Re-plans a rotation preview that is not applied yet when what it honours changes (a seating wish,
 * the session's sizes): read the room, plan off the server's thread, store the plan if the room is
 * still the same, and show it to the organiser. The change that asked for it is acknowledged at once.
 */
import { DEFAULT_PLAN_BUDGET_MS } from '@/lib/domain/rotation/plan-rotation';
import type { Broadcaster } from './broadcaster';
import { CommandError } from './command-error';
import type { CommitBatcher } from './commit-batcher';
import type { RealtimeDeps } from './deps';
import type { PlannerPool } from './planner-pool';
import { previewReplanRequest, storeRoomPlan, type RoomPlanRequest } from './rotation';
import { requireSessionContext } from './session-context';

export type PreviewReplanner = { replan(sessionId: string): void };

export function createPreviewReplanner(deps: RealtimeDeps, batcher: CommitBatcher, planner: PlannerPool, broadcaster: Broadcaster): PreviewReplanner {
  const logger = deps.logger ?? console;
  /** Sessions being re-planned, and whether another change came meanwhile (then once more after). */
  const running = new Map<string, { again: boolean }>();

  const settle = (sessionId: string) => {
    const state = running.get(sessionId);
    running.delete(sessionId);
    if (state?.again) replan(sessionId);
  };

  const failed = (sessionId: string, error: unknown) => {
    // The room changed while planning: the change that did it asked for a re-plan too.
    if (!(error instanceof CommandError && (error.code === 'conflict' || error.code === 'not-found' || error.code === 'wrong-phase'))) {
      logger.error('[realtime] re-planning the rotation preview failed', error);
    }
    settle(sessionId);
  };

  function replan(sessionId: string): void {
    const state = running.get(sessionId);
    if (state) {
      state.again = true;
      return;
    }
    running.set(sessionId, { again: false });
    batcher.submit(
      (tx) => previewReplanRequest(tx, requireSessionContext(tx, sessionId)),
      (read) => {
        if (!read.ok) return failed(sessionId, read.error);
        const request: RoomPlanRequest | null = read.value;
        if (!request) {
          // Nothing to re-plan, but the figures of the preview (wishes unmet, sizes) may still change.
          broadcaster.rotation(sessionId);
          return settle(sessionId);
        }
        planner.plan(request.input, { budgetMs: DEFAULT_PLAN_BUDGET_MS }).then(
          (plan) =>
            batcher.submit(
              (tx) => storeRoomPlan(tx, requireSessionContext(tx, sessionId), request, plan, deps.clock.now()),
              (stored) => {
                if (!stored.ok) return failed(sessionId, stored.error);
                broadcaster.rotation(sessionId);
                settle(sessionId);
              },
            ),
          (error: unknown) => failed(sessionId, error),
        );
      },
    );
  }

  return { replan };
}

/**
 * A stage change's own writes that nobody needs before its state goes out (decision 0020): the
 * sharing's tours de table (200 tables) and the round's seating (2,000 rows), 10–25 ms that every
 * phone used to wait for. The stage commits with a row saying the work is due; the work is done in
 * its own transaction right after the state's broadcast, on the same turn of the event loop (no
 * command runs in between) and before any table's view is built. A server stopped in between does
 * it when it starts again.
 */
import type { Db } from '@/db/client';
import { recordRoundSeating } from '@/db/queries/round-seats';
import { listTableRows } from '@/db/queries/seating';
import { clearStageWork, pendingStageWork, type StageWork } from '@/db/queries/stage-work';
import type { Stage } from '@/lib/domain/session-machine';
import { requireSessionContext } from './session-context';
import { startSpeakingQueues } from './speaking-queues';

/** What entering `stage` leaves to do: the sharing's tours de table, or the round's seating (its history, what later rotations mix against). */
export function stageWorkOf(sessionId: string, stage: Stage): StageWork | null {
  if (stage.kind !== 'phase' || stage.phase === 'consolidation') return null;
  return { sessionId, kind: stage.phase === 'sharing' ? 'speaking' : 'seating', round: stage.round };
}

/** Does the work in its own transaction, which also removes the row saying it is due. */
export function doStageWork(db: Db, work: StageWork, now: number): void {
  db.transaction((tx) => {
    if (work.kind === 'speaking') {
      // Every table gets its speaking order (kept if it exists: "back" then "next").
      const tableIds = listTableRows(tx, work.sessionId).map((t) => t.id);
      startSpeakingQueues(tx, requireSessionContext(tx, work.sessionId), tableIds, work.round, now);
    } else {
      recordRoundSeating(tx, work.sessionId, work.round);
    }
    clearStageWork(tx, work);
  });
}

/** At start: the work a stopped server left due, oldest first (a tour de table then starts now). */
export function finishPendingStageWork(db: Db, now: number): number {
  const pending = pendingStageWork(db);
  for (const work of pending) doStageWork(db, work, now);
  return pending.length;
}

/**
 * Moving a session on (start, pause, next, back, extend, and the scheduler's deadlines): the pure
 * machine decides, this persists its side effects, and `announceControl` tells everyone — the same
 * path for the organiser's command and the auto-advance.
 */
import type { Tx } from '@/db/client';
import { appendEvent } from '@/db/queries/events';
import { bumpTableSeq, listTableRows } from '@/db/queries/seating';
import { saveLive } from '@/db/queries/sessions';
import { markStageWork, type StageWork } from '@/db/queries/stage-work';
import { autoAdvanceAt, decide, type ControlCommand, type LiveState, type Stage } from '@/lib/domain/session-machine';
import { moveChangesTableViews } from '@/lib/domain/visibility';
import { listItemIds } from '@/db/queries/plenary-items';
import { getPlenaryState, savePlenaryState, type PlenaryState } from '@/db/queries/plenary-state';
import { presentedIdeaAfterMove } from '@/lib/domain/plenary/restitution';
import { voteStatusAfterMove } from '@/lib/domain/plenary/vote';
import { noteStorageFailure } from '@/lib/server/storage-status';
import type { Broadcaster } from './broadcaster';
import { CommandError } from './command-error';
import type { DeadlineScheduler } from './deadline-scheduler';
import type { RealtimeDeps } from './deps';
import type { SessionContext } from './session-context';
import { doStageWork, stageWorkOf } from './stage-work';

export type ControlOutcome = {
  sessionId: string;
  seq: number;
  live: LiveState;
  wakeAt: number | null;
  /** The tables whose view the move may have changed (every table, or none: see `moveChangesTableViews`). */
  tableIds: string[];
  /** The stage changed (the rotation panel's figures follow). */
  stageChanged: boolean;
  /** The move touched the plenary (entered, left or moved within it): its views follow. */
  plenary: boolean;
  /** What the move left to do right after its state goes out (decision 0020), and when it moved. */
  work: StageWork | null;
  at: number;
};

/**
 * What a move does to the plenary, in the same transaction: entering the vote step opens the vote,
 * moving on from it closes it; the highlighted idea is cleared when another table (or step) comes.
 */
function movePlenary(tx: Tx, sessionId: string, from: Stage, to: Stage, voteOn: 'workstreams' | 'ideas', tableIds: readonly string[]): boolean {
  if (from.kind !== 'plenary' && to.kind !== 'plenary') return false;
  const state = getPlenaryState(tx, sessionId);
  const change: Partial<PlenaryState> = {};
  const voteStatus = voteStatusAfterMove(state.voteStatus, from, to, listItemIds(tx, sessionId, voteOn).length);
  if (voteStatus !== state.voteStatus) change.voteStatus = voteStatus;
  const presented = presentedIdeaAfterMove(state.presentedIdeaId, from, to, tableIds);
  if (presented !== state.presentedIdeaId) change.presentedIdeaId = presented;
  if (Object.keys(change).length > 0) savePlenaryState(tx, sessionId, change);
  return true;
}

/** Decides a control command against the stored state and persists the result (inside `tx`). */
export function applyControl(tx: Tx, session: SessionContext, command: ControlCommand, now: number): ControlOutcome {
  const sessionId = session.row.id;
  const decision = decide(session.live, command, session.plan, now);
  if (!decision.ok) throw new CommandError(decision.code);
  saveLive(tx, sessionId, decision.state, now);
  const { stage } = decision.state;
  const stageChanged = decision.events.some((e) => e.type === 'stage-entered');
  const tables = stageChanged ? listTableRows(tx, sessionId) : [];
  // The tours de table or the round's seating: due now, done just after the state goes out.
  const work = stageChanged ? stageWorkOf(sessionId, stage) : null;
  if (work) markStageWork(tx, work);
  const allTableIds = tables.map((t) => t.id);
  // A new round, or its notes shared: what every table shows changes (round, notes, speaking order, recap).
  const tableIds = stageChanged && moveChangesTableViews(session.live.stage, stage, session.roundCount) ? allTableIds : [];
  bumpTableSeq(tx, tableIds);
  const plenary = stageChanged && movePlenary(tx, sessionId, session.live.stage, stage, session.plan.plenary.voteOn, allTableIds);
  const seq = appendEvent(tx, sessionId, 'state', { command, events: decision.events }, now);
  return { sessionId, seq, live: decision.state, wakeAt: autoAdvanceAt(decision.state, session.plan), tableIds, stageChanged, plenary, work, at: now };
}

/**
 * After the commit: the new state to everyone, then the work it left (tours de table, the round's
 * seating), then each table's new view, the rotation panel, the plenary's views, the next wake-up.
 */
export function announceControl(outcome: ControlOutcome, deps: RealtimeDeps, broadcaster: Broadcaster, scheduler: Pick<DeadlineScheduler, 'arm'>): void {
  broadcaster.state(outcome.sessionId, outcome.seq, outcome.live);
  if (outcome.work) {
    try {
      doStageWork(deps.db, outcome.work, outcome.at);
    } catch (error) {
      // Still due: the next start does it (a host's "next speaker" starts a missing tour de table meanwhile).
      noteStorageFailure(error);
      (deps.logger ?? console).error('[realtime] a stage change is committed, but its tours de table or seating failed', error);
    }
  }
  broadcaster.tables(outcome.sessionId, outcome.tableIds, { stage: true });
  if (outcome.stageChanged) broadcaster.rotation(outcome.sessionId);
  if (outcome.plenary) broadcaster.plenary(outcome.sessionId);
  scheduler.arm(outcome.sessionId, outcome.wakeAt);
}

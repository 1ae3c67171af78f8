/**
 * Moving a session on (start, pause, next, back, extend, and the scheduler's deadlines): the pure
 * machine decides, this persists its side effects, and `announceControl` tells everyone — the same
 * path for the organiser's command and the auto-advance.
 */
import type { Tx } from '@/db/client';
import { appendEvent } from '@/db/queries/events';
import { recordRoundSeating } from '@/db/queries/round-seats';
import { bumpTableSeq, listTableRows } from '@/db/queries/seating';
import { saveLive } from '@/db/queries/sessions';
import { autoAdvanceAt, decide, type ControlCommand, type LiveState, type Stage } from '@/lib/domain/session-machine';
import { moveChangesTableViews } from '@/lib/domain/visibility';
import { listItemIds } from '@/db/queries/plenary-items';
import { getPlenaryState, savePlenaryState, type PlenaryState } from '@/db/queries/plenary-state';
import { presentedIdeaAfterMove } from '@/lib/domain/plenary/restitution';
import { voteStatusAfterMove } from '@/lib/domain/plenary/vote';
import type { Broadcaster } from './broadcaster';
import { CommandError } from './command-error';
import type { DeadlineScheduler } from './deadline-scheduler';
import type { SessionContext } from './session-context';
import { startSpeakingQueues } from './speaking-queues';

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
  if (stageChanged && stage.kind === 'phase' && stage.phase === 'sharing') {
    // Every table gets its speaking order (kept if it exists: "back" then "next").
    startSpeakingQueues(
      tx,
      session,
      tables.map((t) => t.id),
      stage.round,
      now,
    );
  }
  if (stageChanged && stage.kind === 'phase' && stage.phase === 'reflection') {
    // The round starts: who sits where is its history, what later rotations mix against.
    recordRoundSeating(tx, sessionId, stage.round);
  }
  const allTableIds = tables.map((t) => t.id);
  // A new round, or its notes shared: what every table shows changes (round, notes, speaking order, recap).
  const tableIds = stageChanged && moveChangesTableViews(session.live.stage, stage, session.roundCount) ? allTableIds : [];
  bumpTableSeq(tx, tableIds);
  const plenary = stageChanged && movePlenary(tx, sessionId, session.live.stage, stage, session.plan.plenary.voteOn, allTableIds);
  const seq = appendEvent(tx, sessionId, 'state', { command, events: decision.events }, now);
  return { sessionId, seq, live: decision.state, wakeAt: autoAdvanceAt(decision.state, session.plan), tableIds, stageChanged, plenary };
}

/** After the commit: the new state to everyone, each table's new view, the rotation panel, the plenary's views, the next wake-up. */
export function announceControl(outcome: ControlOutcome, broadcaster: Broadcaster, scheduler: Pick<DeadlineScheduler, 'arm'>): void {
  broadcaster.state(outcome.sessionId, outcome.seq, outcome.live);
  broadcaster.tables(outcome.sessionId, outcome.tableIds, { stage: true });
  if (outcome.stageChanged) broadcaster.rotation(outcome.sessionId);
  if (outcome.plenary) broadcaster.plenary(outcome.sessionId);
  scheduler.arm(outcome.sessionId, outcome.wakeAt);
}

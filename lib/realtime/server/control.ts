import { randomInt } from 'node:crypto';
import { appendEvent } from '@/db/queries/events';
import { listParticipants } from '@/db/queries/participants';
import { recordRoundSeating } from '@/db/queries/round-seats';
import { rosterOf, listTableRows, bumpTableSeq } from '@/db/queries/seating';
import { getSessionRow, liveOf, loadPlan, saveLive, type SessionRow, type Tx } from '@/db/queries/sessions';
import { loadQueue, saveQueue } from '@/db/queries/speaking';
import { autoAdvanceAt, decide, type ControlCommand, type LiveState, type SessionPlan, type Stage } from '@/lib/domain/session-machine';
import { seededRandom } from '@/lib/domain/seeded-random';
import { speakingSlotMs, startQueue } from '@/lib/domain/speaking-order';
import { CommandError } from './types';

export type ControlOutcome = { sessionId: string; seq: number; live: LiveState; wakeAt: number | null; tableIds: string[] };

/** Entering a round's sharing: every table gets its shuffled speaking order (kept if it exists: "back" then "next"). */
function startTours(tx: Tx, row: SessionRow, plan: SessionPlan, stage: Extract<Stage, { kind: 'phase' }>, now: number): void {
  const sharingMs = plan.rounds[stage.round]?.sharingMs ?? 0;
  for (const table of listTableRows(tx, row.id)) {
    if (loadQueue(tx, table.id, stage.round)) continue;
    const people = rosterOf(tx, table.id).map((p) => p.id);
    const slot = speakingSlotMs(sharingMs, people.length, row.speakingTurnMs);
    saveQueue(tx, table.id, stage.round, startQueue(people, slot, seededRandom(randomInt(2 ** 31)), now));
  }
}

/** Decides a control command against the stored state and persists the result (inside `tx`). */
export function applyControl(tx: Tx, sessionId: string, command: ControlCommand, now: number): ControlOutcome {
  const row = getSessionRow(tx, sessionId);
  if (!row) throw new CommandError('not-found', 'session not found');
  const plan = loadPlan(tx, row);
  const decision = decide(liveOf(row), command, plan, now);
  if (!decision.ok) throw new CommandError(decision.code);
  saveLive(tx, sessionId, decision.state, now);
  const { stage } = decision.state;
  const stageChanged = decision.events.some((e) => e.type === 'stage-entered');
  if (stageChanged && stage.kind === 'phase' && stage.phase === 'sharing') startTours(tx, row, plan, stage, now);
  if (stageChanged && stage.kind === 'phase' && stage.phase === 'reflection') {
    // The round starts: who sits where is its history, what later rotations mix against.
    const seats = listParticipants(tx, sessionId).flatMap((p) => (p.tableId ? [{ participantId: p.id, tableId: p.tableId }] : []));
    recordRoundSeating(tx, sessionId, stage.round, seats);
  }
  // A new stage changes what every table shows (shared notes, speaking order, round, recap).
  const tableIds = stageChanged ? listTableRows(tx, sessionId).map((t) => t.id) : [];
  bumpTableSeq(tx, tableIds);
  const seq = appendEvent(tx, sessionId, 'state', { command, events: decision.events }, now);
  return { sessionId, seq, live: decision.state, wakeAt: autoAdvanceAt(decision.state, plan), tableIds };
}

/**
 * The live session state machine. Pure: the time is passed in, nothing is read or written.
 * lobby → (reflection → sharing → consolidation → rotation)* → plenary steps → closed,
 * where the last round's consolidation goes straight to the plenary's first step, and the plenary
 * runs one restitution slot per table, then each step the programme switches on.
 */
import type { PlenaryProgramme } from './plenary/plenary-types';
import { firstPlenaryStage, plenaryStageAfter, plenaryStageBefore, plenaryStageDurationMs, type PlenaryStage } from './plenary/plenary-sequence';

export type { PlenaryStage } from './plenary/plenary-sequence';

export const PHASES = ['reflection', 'sharing', 'consolidation'] as const;
export type Phase = (typeof PHASES)[number];

export type Stage =
  { kind: 'lobby' } | { kind: 'phase'; round: number; phase: Phase } | { kind: 'rotation'; afterRound: number } | PlenaryStage | { kind: 'closed' };

/** A phase timer is a deadline while running, the time left while paused. */
export type Timer = { status: 'running'; endsAt: number; durationMs: number } | { status: 'paused'; remainingMs: number; durationMs: number };

export type LiveState = { stage: Stage; timer: Timer | null };

export type RoundDurations = { reflectionMs: number; sharingMs: number; consolidationMs: number };

/** What the machine needs of the prepared session: the rounds, the plenary's programme and how many tables present in it. */
export type SessionPlan = { rounds: readonly RoundDurations[]; autoAdvance: boolean; plenary: PlenaryProgramme; tableCount: number };

export type ControlCommand =
  | { type: 'start' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'extend'; ms: number }
  | { type: 'next' }
  | { type: 'back' }
  /** Sent by the server's own scheduler when a deadline may have passed. */
  | { type: 'deadline' };

export type MachineEvent =
  | { type: 'stage-entered'; stage: Stage; by: 'organiser' | 'deadline' }
  | { type: 'timer-paused'; remainingMs: number }
  | { type: 'timer-resumed'; endsAt: number }
  | { type: 'timer-extended'; ms: number };

export const MACHINE_ERROR_CODES = [
  'already-started',
  'not-started',
  'session-closed',
  'no-timer',
  'not-running',
  'not-paused',
  'nothing-before',
  'not-due',
  'no-rounds',
] as const;
export type MachineErrorCode = (typeof MACHINE_ERROR_CODES)[number];

export type Decision = { ok: true; state: LiveState; events: MachineEvent[] } | { ok: false; code: MachineErrorCode };

export const LOBBY: LiveState = { stage: { kind: 'lobby' }, timer: null };

export function phaseDurationMs(plan: SessionPlan, round: number, phase: Phase): number {
  const durations = plan.rounds[round];
  if (!durations) throw new RangeError(`round ${round} is not in the plan`);
  return durations[`${phase}Ms`];
}

/** The stage after `stage`, or null when there is none. */
export function stageAfter(stage: Stage, plan: SessionPlan): Stage | null {
  const last = plan.rounds.length - 1;
  switch (stage.kind) {
    case 'lobby':
      return plan.rounds.length > 0 ? { kind: 'phase', round: 0, phase: 'reflection' } : null;
    case 'phase': {
      const i = PHASES.indexOf(stage.phase);
      const following = PHASES[i + 1];
      if (following) return { kind: 'phase', round: stage.round, phase: following };
      return stage.round < last ? { kind: 'rotation', afterRound: stage.round } : firstPlenaryStage(plan);
    }
    case 'rotation':
      return { kind: 'phase', round: stage.afterRound + 1, phase: 'reflection' };
    case 'plenary':
      return plenaryStageAfter(stage, plan) ?? { kind: 'closed' };
    case 'closed':
      return null;
  }
}

/** The stage before `stage`; never back to the lobby once started. */
export function stageBefore(stage: Stage, plan: SessionPlan): Stage | null {
  switch (stage.kind) {
    case 'lobby':
    case 'closed':
      return null;
    case 'phase': {
      const i = PHASES.indexOf(stage.phase);
      const previous = PHASES[i - 1];
      if (previous) return { kind: 'phase', round: stage.round, phase: previous };
      return stage.round > 0 ? { kind: 'rotation', afterRound: stage.round - 1 } : null;
    }
    case 'rotation':
      return { kind: 'phase', round: stage.afterRound, phase: 'consolidation' };
    case 'plenary':
      return plenaryStageBefore(stage, plan) ?? { kind: 'phase', round: plan.rounds.length - 1, phase: 'consolidation' };
  }
}

/** The timer a stage starts with: a phase's duration, a restitution slot, a plenary step's duration; null: no timer. */
export function stageDurationMs(stage: Stage, plan: SessionPlan): number | null {
  if (stage.kind === 'phase') return phaseDurationMs(plan, stage.round, stage.phase);
  if (stage.kind === 'plenary') return plenaryStageDurationMs(stage, plan.plenary);
  return null;
}

/** Entering a stage: a timed stage starts its full timer at `now`; the others have none. */
function enter(stage: Stage, plan: SessionPlan, now: number): LiveState {
  const durationMs = stageDurationMs(stage, plan);
  if (durationMs === null) return { stage, timer: null };
  return { stage, timer: { status: 'running', endsAt: now + durationMs, durationMs } };
}

function move(state: LiveState, to: Stage | null, plan: SessionPlan, now: number, by: 'organiser' | 'deadline'): Decision {
  if (!to) return { ok: false, code: state.stage.kind === 'closed' ? 'session-closed' : 'nothing-before' };
  return { ok: true, state: enter(to, plan, now), events: [{ type: 'stage-entered', stage: to, by }] };
}

/** Time left on a timer at `now`; negative in overtime. */
export function remainingMs(timer: Timer, now: number): number {
  return timer.status === 'running' ? timer.endsAt - now : timer.remainingMs;
}

/** Applies one command to the live state at time `now`. */
export function decide(state: LiveState, command: ControlCommand, plan: SessionPlan, now: number): Decision {
  const { stage, timer } = state;
  if (stage.kind === 'closed') return { ok: false, code: 'session-closed' };
  if (command.type !== 'start' && stage.kind === 'lobby') return { ok: false, code: 'not-started' };

  switch (command.type) {
    case 'start':
      if (stage.kind !== 'lobby') return { ok: false, code: 'already-started' };
      if (plan.rounds.length === 0) return { ok: false, code: 'no-rounds' };
      return move(state, stageAfter(stage, plan), plan, now, 'organiser');
    case 'next':
      return move(state, stageAfter(stage, plan), plan, now, 'organiser');
    case 'back':
      return move(state, stageBefore(stage, plan), plan, now, 'organiser');
    case 'deadline':
      if (!plan.autoAdvance || timer?.status !== 'running' || now < timer.endsAt) return { ok: false, code: 'not-due' };
      return move(state, stageAfter(stage, plan), plan, now, 'deadline');
    case 'pause': {
      if (!timer) return { ok: false, code: 'no-timer' };
      if (timer.status !== 'running') return { ok: false, code: 'not-running' };
      const left = timer.endsAt - now;
      return {
        ok: true,
        state: { stage, timer: { status: 'paused', remainingMs: left, durationMs: timer.durationMs } },
        events: [{ type: 'timer-paused', remainingMs: left }],
      };
    }
    case 'resume': {
      if (!timer) return { ok: false, code: 'no-timer' };
      if (timer.status !== 'paused') return { ok: false, code: 'not-paused' };
      const endsAt = now + timer.remainingMs;
      return {
        ok: true,
        state: { stage, timer: { status: 'running', endsAt, durationMs: timer.durationMs } },
        events: [{ type: 'timer-resumed', endsAt }],
      };
    }
    case 'extend': {
      if (!timer) return { ok: false, code: 'no-timer' };
      // In overtime, "+1 min" means one minute from now, not one minute added to a past deadline.
      const next: Timer =
        timer.status === 'running'
          ? { ...timer, endsAt: Math.max(timer.endsAt, now) + command.ms, durationMs: timer.durationMs + command.ms }
          : { ...timer, remainingMs: Math.max(timer.remainingMs, 0) + command.ms, durationMs: timer.durationMs + command.ms };
      return { ok: true, state: { stage, timer: next }, events: [{ type: 'timer-extended', ms: command.ms }] };
    }
  }
}

/** When the server must wake up to auto-advance this state, or null when nothing is due. */
export function autoAdvanceAt(state: LiveState, plan: SessionPlan): number | null {
  if (!plan.autoAdvance || state.timer?.status !== 'running') return null;
  return state.timer.endsAt;
}

/**
 * The round whose content the tables show: the running round, the one just finished during a
 * rotation, the last one in the plenary; none in the lobby.
 */
export function currentRound(stage: Stage, roundCount: number): number | null {
  switch (stage.kind) {
    case 'lobby':
      return null;
    case 'phase':
      return stage.round;
    case 'rotation':
      return stage.afterRound;
    case 'plenary':
    case 'closed':
      return roundCount > 0 ? roundCount - 1 : null;
  }
}

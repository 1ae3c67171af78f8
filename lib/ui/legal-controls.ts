import { decide, stageAfter, type ControlCommand, type LiveState, type SessionPlan, type Stage } from '@/lib/domain/session-machine';

export type ControlName = 'start' | 'pause' | 'resume' | 'extend' | 'next' | 'back';

const PROBES: Record<ControlName, ControlCommand> = {
  start: { type: 'start' },
  pause: { type: 'pause' },
  resume: { type: 'resume' },
  extend: { type: 'extend', ms: 60_000 },
  next: { type: 'next' },
  back: { type: 'back' },
};

/** Which console buttons the state machine would accept now: the server decides the same way. */
export function legalControls(live: LiveState, plan: SessionPlan, now: number): Record<ControlName, boolean> {
  const ok = (name: ControlName) => decide(live, PROBES[name], plan, now).ok;
  return { start: ok('start'), pause: ok('pause'), resume: ok('resume'), extend: ok('extend'), next: ok('next'), back: ok('back') };
}

/** Where "next" leads from here: the stage it enters, and whether that closes the café (final, so it is confirmed); null: no next. */
export type NextMove = { to: Stage; closes: boolean } | null;

/** What the console's "Next" button says and does: "Next: sharing", or "Close the session" from the last plenary step. */
export function nextMove(live: LiveState, plan: SessionPlan): NextMove {
  if (live.stage.kind === 'lobby' || live.stage.kind === 'closed') return null;
  const to = stageAfter(live.stage, plan);
  return to ? { to, closes: to.kind === 'closed' } : null;
}

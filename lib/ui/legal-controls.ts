import { decide, type ControlCommand, type LiveState, type SessionPlan } from '@/lib/domain/session-machine';

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

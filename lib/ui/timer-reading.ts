import type { Timer } from '@/lib/domain/session-machine';

/** What a countdown shows: time left (running or paused) or time past the deadline. */
export type TimerReading = { paused: boolean; overtime: boolean; ms: number };

export function readTimer(timer: Timer, now: number): TimerReading {
  const left = timer.status === 'running' ? timer.endsAt - now : timer.remainingMs;
  return { paused: timer.status === 'paused', overtime: left < 0, ms: Math.abs(left) };
}

/**
 * m:ss (h:mm:ss past an hour). Time left rounds up, so "0:00" appears exactly at the deadline;
 * overtime rounds down, so it reads "+0:01" one second after.
 */
export function formatClock(ms: number, overtime = false): string {
  const total = overtime ? Math.floor(ms / 1000) : Math.ceil(ms / 1000);
  const seconds = total % 60;
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  const ss = String(seconds).padStart(2, '0');
  const clock = hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
  return overtime ? `+${clock}` : clock;
}

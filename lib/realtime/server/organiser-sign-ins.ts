/**
 * An organiser's sockets end with the sign-in they were opened with: at once when that browser
 * signs out (the sign-out route tells us through `lib/auth/sign-outs`), and when the sign-in
 * expires. Closed, the console reconnects, is refused `unauthorised` and goes to the sign-in page.
 * Meanwhile every organiser command checks the sign-in in the database (`auth.ts`), so nothing
 * slips through in between.
 */
import { organiserSessionExpiry } from '@/db/queries/organiser';
import type { Timers } from './deadline-scheduler';
import type { RealtimeDeps, RealtimeServer, RealtimeSocket } from './deps';
import { rooms } from './rooms';

/** setTimeout's longest delay (about 24.8 days); a sign-in lasts 30: the wait is re-armed. */
const MAX_TIMER_MS = 2 ** 31 - 1;

// Unref'd: a wait of days must not keep a stopping process alive.
const realTimers: Timers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function watchOrganiserSignIns(io: RealtimeServer, deps: RealtimeDeps, timers: Timers = realTimers) {
  const expiries = new Map<string, unknown>();
  const logger = deps.logger ?? console;

  function forget(socket: RealtimeSocket): void {
    const handle = expiries.get(socket.id);
    if (handle !== undefined) timers.clearTimeout(handle);
    expiries.delete(socket.id);
  }

  function arm(socket: RealtimeSocket, tokenHash: string, expiresAt: number): void {
    const delay = Math.min(MAX_TIMER_MS, Math.max(0, expiresAt - deps.clock.now()));
    expiries.set(
      socket.id,
      timers.setTimeout(() => {
        expiries.delete(socket.id);
        if (!socket.connected) return;
        const stillValid = organiserSessionExpiry(deps.db, tokenHash, deps.clock.now());
        if (stillValid === null) {
          logger.info('[realtime] an organiser sign-in expired: its sockets are closed');
          socket.disconnect(true);
        } else arm(socket, tokenHash, stillValid);
      }, delay),
    );
  }

  return {
    /** Closes this socket at its sign-in's sign-out, and when it expires. */
    watch(socket: RealtimeSocket, signIn: { tokenHash: string; expiresAt: number }): void {
      void socket.join(rooms.signIn(signIn.tokenHash));
      arm(socket, signIn.tokenHash, signIn.expiresAt);
      socket.once('disconnect', () => forget(socket));
    },
    /** This sign-in ended (sign-out): its sockets are closed now. */
    signedOut(tokenHash: string): void {
      io.in(rooms.signIn(tokenHash)).disconnectSockets(true);
    },
    close(): void {
      for (const handle of expiries.values()) timers.clearTimeout(handle);
      expiries.clear();
    },
  };
}

/**
 * How a sign-out reaches the realtime server. The sign-out route runs inside Next's bundle and the
 * realtime server is loaded by `server.ts`: the same process, but two copies of every module, so a
 * module-level list would not be shared. `globalThis` is, as for the shared database connection.
 * The database stays the authority (every organiser command checks the sign-in there); this only
 * lets the server close the signed-out browser's sockets at once.
 */
type SignOutListener = (tokenHash: string) => void;

const shared = globalThis as typeof globalThis & { __tourneeSignOutListeners?: Set<SignOutListener> };
const listeners = (shared.__tourneeSignOutListeners ??= new Set<SignOutListener>());

/** Calls `listener` with the token hash of every sign-in that ends; returns the unsubscription. */
export function onSignOut(listener: SignOutListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tells every listener (the realtime server) that this sign-in has ended. */
export function announceSignOut(tokenHash: string): void {
  for (const listener of listeners) {
    try {
      listener(tokenHash);
    } catch (error) {
      console.error('[sign-out] a listener failed', error);
    }
  }
}

/**
 * At the close every phone asks for the synthesis at once, and many download it: without a cache, a
 * large café would load and build the same document hundreds of times over on the server's thread.
 * A closed café's deliverables are kept a little while, keyed by what changes them (the session's
 * sequence number and last update, the time zone, the file); a café still running is never cached
 * (its notes and ideas change without moving the session's sequence). Process-wide, like the
 * database: the route handlers may be bundled apart.
 */
import type { SessionRow } from '@/db/queries/sessions';

/** How long a closed café's file is reused. */
export const DELIVERABLE_CACHE_MS = 60_000;
/** Files kept at most (the oldest go first): a few cafés' synthesis in a few formats. */
const MAX_ENTRIES = 32;

type Entry<T> = { expires: number; value: Promise<T> };

/** Promises by key: a second request while the first is being built waits for the same build. */
export class PromiseCache<T> {
  private readonly entries = new Map<string, Entry<T>>();

  get(key: string, now: number, build: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    if (hit) this.entries.delete(key);
    const value = build();
    this.entries.set(key, { expires: now + DELIVERABLE_CACHE_MS, value });
    // A failed build is not kept: the next request tries again.
    value.catch(() => this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

/** The key of a session's deliverable, or null when it must not be cached (the café is still running). */
export function cacheKey(row: Pick<SessionRow, 'id' | 'stage' | 'seq' | 'updatedAt'>, what: string, timeZone: string): string | null {
  return row.stage === 'closed' ? `${row.id}:${row.seq}:${row.updatedAt}:${timeZone}:${what}` : null;
}

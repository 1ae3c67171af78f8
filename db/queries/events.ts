import { eq, sql } from 'drizzle-orm';
import { sessionEvents, sessions } from '@/db/schema';
import type { Tx } from '@/db/client';

/** Appends one change to the session's log and returns its sequence number (gapless per session). */
export function appendEvent(tx: Tx, sessionId: string, type: string, payload: unknown, now: number): number {
  const row = tx
    .update(sessions)
    .set({ seq: sql`${sessions.seq} + 1` })
    .where(eq(sessions.id, sessionId))
    .returning({ seq: sessions.seq })
    .get();
  if (!row) throw new Error(`session ${sessionId} vanished inside its transaction`);
  tx.insert(sessionEvents).values({ sessionId, seq: row.seq, type, payload, at: now }).run();
  return row.seq;
}

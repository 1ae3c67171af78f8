import { and, asc, eq } from 'drizzle-orm';
import type { SpeakingQueue } from '@/lib/domain/speaking-order';
import type { Queryable, Tx } from '@/db/client';
import { speakingTurns, tableRounds } from '@/db/schema';

/** The stored tour de table of a table in a round, or null when it has not started. */
export function loadQueue(db: Queryable, tableId: string, round: number): SpeakingQueue | null {
  const meta = db
    .select()
    .from(tableRounds)
    .where(and(eq(tableRounds.tableId, tableId), eq(tableRounds.roundIndex, round)))
    .get();
  if (!meta) return null;
  const turns = db
    .select()
    .from(speakingTurns)
    .where(and(eq(speakingTurns.tableId, tableId), eq(speakingTurns.roundIndex, round)))
    .orderBy(asc(speakingTurns.position))
    .all()
    .map(({ participantId, status, skipped }) => ({ participantId, status, skipped }));
  return { turns, slotMs: meta.slotMs, startedAt: meta.speakerStartedAt };
}

export function saveQueue(tx: Tx, tableId: string, round: number, queue: SpeakingQueue): void {
  tx.insert(tableRounds)
    .values({ tableId, roundIndex: round, slotMs: queue.slotMs, speakerStartedAt: queue.startedAt })
    .onConflictDoUpdate({
      target: [tableRounds.tableId, tableRounds.roundIndex],
      set: { slotMs: queue.slotMs, speakerStartedAt: queue.startedAt },
    })
    .run();
  tx.delete(speakingTurns)
    .where(and(eq(speakingTurns.tableId, tableId), eq(speakingTurns.roundIndex, round)))
    .run();
  if (queue.turns.length > 0) {
    tx.insert(speakingTurns)
      .values(queue.turns.map((t, position) => ({ tableId, roundIndex: round, position, ...t })))
      .run();
  }
}

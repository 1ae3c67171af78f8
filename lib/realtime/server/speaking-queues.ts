import { randomInt } from 'node:crypto';
import type { Tx } from '@/db/client';
import { rosterOf } from '@/db/queries/seating';
import { seatedByTable } from '@/db/queries/participants';
import { loadQueue, saveNewQueues, saveQueue, tablesWithQueue } from '@/db/queries/speaking';
import { seededRandom } from '@/lib/domain/seeded-random';
import { speakingSlotMs, startQueue, type SpeakingQueue } from '@/lib/domain/speaking-order';
import type { SessionContext } from './session-context';

/** A new shuffled order of these people, with their fair slot of the round's sharing. */
function newQueue(session: SessionContext, people: string[], round: number, now: number): SpeakingQueue {
  const sharingMs = session.plan.rounds[round]?.sharingMs ?? 0;
  const slot = speakingSlotMs(sharingMs, people.length, session.row.speakingTurnMs);
  return startQueue(people, slot, seededRandom(randomInt(2 ** 31)), now);
}

/**
 * A table's tour de table for a round: the stored one, or a new shuffled order of the people seated
 * now with their fair slot (stored). A table that had nobody when the sharing began starts its own
 * at the host's first "next".
 */
export function ensureSpeakingQueue(tx: Tx, session: SessionContext, tableId: string, round: number, now: number): SpeakingQueue {
  const stored = loadQueue(tx, tableId, round);
  if (stored) return stored;
  const queue = newQueue(
    session,
    rosterOf(tx, tableId).map((p) => p.id),
    round,
    now,
  );
  saveQueue(tx, tableId, round, queue);
  return queue;
}

/** Entering the sharing: every table's tour de table starts (kept where it exists: "back" then "next"), from two reads for the whole room. */
export function startSpeakingQueues(tx: Tx, session: SessionContext, tableIds: readonly string[], round: number, now: number): void {
  const started = tablesWithQueue(tx, session.row.id, round);
  const seated = seatedByTable(tx, session.row.id);
  const fresh = tableIds.filter((tableId) => !started.has(tableId));
  saveNewQueues(
    tx,
    round,
    fresh.map((tableId) => ({ tableId, queue: newQueue(session, seated.get(tableId) ?? [], round, now) })),
  );
}

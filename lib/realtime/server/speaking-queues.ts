import { randomInt } from 'node:crypto';
import type { Tx } from '@/db/client';
import { rosterOf } from '@/db/queries/seating';
import { loadQueue, saveQueue } from '@/db/queries/speaking';
import { seededRandom } from '@/lib/domain/seeded-random';
import { speakingSlotMs, startQueue, type SpeakingQueue } from '@/lib/domain/speaking-order';
import type { SessionContext } from './session-context';

/**
 * A table's tour de table for a round: the stored one, or a new shuffled order of the people seated
 * now with their fair slot (stored). Entering the sharing starts every table's; a table that had
 * nobody then starts its own at the host's first "next".
 */
export function ensureSpeakingQueue(tx: Tx, session: SessionContext, tableId: string, round: number, now: number): SpeakingQueue {
  const stored = loadQueue(tx, tableId, round);
  if (stored) return stored;
  const people = rosterOf(tx, tableId).map((p) => p.id);
  const sharingMs = session.plan.rounds[round]?.sharingMs ?? 0;
  const slot = speakingSlotMs(sharingMs, people.length, session.row.speakingTurnMs);
  const queue = startQueue(people, slot, seededRandom(randomInt(2 ** 31)), now);
  saveQueue(tx, tableId, round, queue);
  return queue;
}
